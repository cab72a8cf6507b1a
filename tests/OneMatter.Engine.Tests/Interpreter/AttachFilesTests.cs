using System.Text.Json;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Officers' attachments on a task: recorded with names and hashes, never moving the
/// flow, only by officers involved in the matter, only on an open task. The harness checks after
/// every applied command that replaying the events rebuilds the same state.</summary>
public class AttachFilesTests
{
    private static readonly AttachedFile Photo = new() { Id = "att-photo", Name = "现场照片.jpg", Sha256 = new string('a', 64), Size = 2048 };

    private static readonly AttachedFile Survey = new() { Id = "att-survey", Name = "踏勘报告.pdf", Sha256 = new string('b', 64), Size = 4096 };

    private static MatterHarness InReview()
    {
        var h = MatterHarness.For(ApprovalFlowTests.Yaml);
        h.Start(ApprovalFlowTests.Form());
        h.Complete("accept", "accept");
        return h;
    }

    [Fact]
    public void Attach_ByOfficerHoldingTheTask_IsRecordedWithNamesAndHashes_AndChangesNothingElse()
    {
        var h = InReview();
        var before = h.State!;
        var land = h.Task("land").Id;

        h.Must(new AttachFiles { Actor = MatterHarness.Officer("land"), TaskId = land, Files = [Photo, Survey] });

        var attached = Assert.Single(h.EventsOf<FilesAttached>());
        Assert.Equal((land, "officer.land", "land"), (attached.Task, attached.Actor, attached.Unit));
        Assert.Equal([Photo, Survey], attached.Files.ToArray());
        Assert.Empty(h.Last!.Effects);
        Assert.Equal(StateJson.Of(before with { Version = h.State!.Version }), StateJson.Of(h.State));
    }

    [Fact]
    public void Attach_ThenReplay_RebuildsTheSameState_AndTheEventRoundTripsAsJson()
    {
        var h = InReview();
        h.Must(new AttachFiles { Actor = MatterHarness.Officer("land"), TaskId = h.Task("land").Id, Files = [Photo] });
        h.Complete("land", "pass");

        Assert.Equal(StateJson.Of(h.State!), StateJson.Of(MatterEngine.Replay(h.Events)));
        MatterEvent attached = Assert.Single(h.EventsOf<FilesAttached>());
        var json = JsonSerializer.Serialize(attached);
        Assert.Contains("\"type\":\"files-attached\"", json, StringComparison.Ordinal);
        var back = Assert.IsType<FilesAttached>(JsonSerializer.Deserialize<MatterEvent>(json));
        Assert.Equal(json, JsonSerializer.Serialize<MatterEvent>(back));
        Assert.Equal(Photo, Assert.Single(back.Files));
    }

    [Theory]
    [InlineData("agri")]    // lead unit
    [InlineData("housing")] // holds another open task
    public void Attach_ByInvolvedOfficer_IsRecorded(string unit)
    {
        var h = InReview();
        h.Must(new AttachFiles { Actor = MatterHarness.Officer(unit), TaskId = h.Task("land").Id, Files = [Photo] });
        Assert.Single(h.EventsOf<FilesAttached>());
    }

    [Fact]
    public void Attach_ByUninvolvedOfficer_IsNotTheirs()
    {
        var h = InReview();
        h.Refused(new AttachFiles { Actor = MatterHarness.Officer("fire"), TaskId = h.Task("land").Id, Files = [Photo] }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Attach_ByApplicantOrSupervisor_IsNotTheirs()
    {
        var h = InReview();
        var land = h.Task("land").Id;
        h.Refused(new AttachFiles { Actor = Actor.ApplicantAccount("alice"), TaskId = land, Files = [Photo] }, RejectionCode.NotYourTask);
        h.Refused(new AttachFiles { Actor = Actor.Supervisor("chen", "command"), TaskId = land, Files = [Photo] }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Attach_OnAClosedTask_IsAConflict_AndOnAnUnknownOne_UnknownTask()
    {
        var h = InReview();
        var land = h.Task("land").Id;
        h.Complete("land", "pass");
        h.Refused(new AttachFiles { Actor = MatterHarness.Officer("land"), TaskId = land, Files = [Photo] }, RejectionCode.Conflict);
        h.Refused(new AttachFiles { Actor = MatterHarness.Officer("housing"), TaskId = "land.0", Files = [Photo] }, RejectionCode.UnknownTask);
    }

    [Fact]
    public void Attach_NothingDuplicatesOrIncompleteFiles_RefusedNamingTheAttachments()
    {
        var h = InReview();
        var land = h.Task("land").Id;
        var officer = MatterHarness.Officer("land");
        AttachedFile[][] bad =
        [
            [],
            [Photo, Photo],
            [Photo with { Sha256 = "not-a-hash" }],
            [Photo with { Name = " " }],
            [Photo with { Size = 0 }],
        ];
        foreach (var files in bad)
        {
            Assert.Equal("attachments", h.Refused(new AttachFiles { Actor = officer, TaskId = land, Files = files }, RejectionCode.InvalidField).Field);
        }
    }
}
