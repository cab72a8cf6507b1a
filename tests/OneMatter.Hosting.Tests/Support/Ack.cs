using System.Globalization;

namespace OneMatter.Hosting.Tests.Support;

/// <summary>A parsed acknowledgement line of the node:
/// <c>ack &lt;seq&gt; &lt;status&gt; &lt;version&gt; &lt;new|replayed&gt; &lt;task ids or -&gt; [&lt;code&gt;: &lt;reason&gt;]</c>,
/// the last part only when the command was not applied.</summary>
internal sealed record Ack(long Seq, string Status, long Version, bool Replayed, IReadOnlyList<string> Tasks, string? Rejection = null)
{
    public bool Applied => Status == "applied";

    public static Ack Parse(string line)
    {
        // At most seven parts: the rejection's message has spaces of its own.
        var parts = line.Split(' ', 7);
        if (parts.Length < 6 || parts[0] != "ack")
        {
            throw new FormatException("not an ack line: " + line);
        }
        return new Ack(
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            parts[2],
            long.Parse(parts[3], CultureInfo.InvariantCulture),
            parts[4] == "replayed",
            parts[5] == "-" ? [] : parts[5].Split(','),
            parts.Length == 7 ? parts[6] : null);
    }
}
