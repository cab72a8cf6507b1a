using System.Text;

namespace OneMatter.Storage.Tests;

/// <summary>The hash over UTF-8 bytes (the commit's) equals the hash over the string (verify's).</summary>
public sealed class EventChainTests
{
    [Theory]
    [InlineData("", "{}")]
    [InlineData("0836e517650629f3e8eced8c01965e7f4cac2765938b4892b4aa", "{\"type\":\"task-created\",\"Unit\":\"白石镇\"}")]
    [InlineData("abc", "{\"note\":\"emoji 😀 and 村民建房\"}")]
    public void HashOfUtf8Bytes_EqualsHashOfString(string previous, string json)
    {
        Assert.Equal(EventChain.Hash(previous, json), EventChain.Hash(previous, Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void HashOfALongEvent_UsesTheWholeJson()
    {
        var json = "{\"form\":\"" + new string('字', 50_000) + "\"}";
        var changed = json[..^3] + "X\"}";
        Assert.Equal(EventChain.Hash("p", json), EventChain.Hash("p", Encoding.UTF8.GetBytes(json)));
        Assert.NotEqual(EventChain.Hash("p", Encoding.UTF8.GetBytes(json)), EventChain.Hash("p", Encoding.UTF8.GetBytes(changed)));
    }
}
