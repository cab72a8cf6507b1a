using System.Text.Json;
using OneMatter.Engine.Events;

namespace OneMatter.Storage.Tests;

/// <summary>The officers' attachment event is stored like every other: under its own
/// discriminator, through the generated metadata, and read back the same.</summary>
public class AttachmentEventJsonTests
{
    [Fact]
    public void FilesAttached_RoundTrips_WithItsDiscriminator_AsTheReflectionSerializerWritesIt()
    {
        MatterEvent attached = new FilesAttached
        {
            At = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)),
            Actor = "officer.baishi-service",
            Unit = "baishi-service",
            Task = "accept.5",
            Files = [new AttachedFile { Id = "att-AAAAAAAAAAAAAAAAAAAAAAAA", Name = "现场照片.jpg", Sha256 = new string('c', 64), Size = 2048 }],
        };

        var json = MatterJson.Serialize(attached);

        Assert.Equal("files-attached", MatterJson.TypeOf(attached));
        Assert.StartsWith("{\"type\":\"files-attached\"", json, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(attached), json);
        var back = Assert.IsType<FilesAttached>(MatterJson.Event(json));
        Assert.Equal(json, MatterJson.Serialize(back));
        Assert.Equal("现场照片.jpg", Assert.Single(back.Files).Name);
    }
}
