using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

/// <summary>The shipped workspace with administrators' stored versions of the org directory and
/// calendars in place of the files: definitions are checked against the stored text, and errors in
/// it name the stored version at their line and column.</summary>
public class StoredWorkspaceTests
{
    private const string Calendar = "calendars/cn-mainland.yaml";
    private const string Label = "calendars/cn-mainland.yaml (stored version 3)";

    private static string Shipped(string path) => File.ReadAllText(Path.Combine(Repository.Workflows, path));

    [Fact]
    public void AStoredCalendar_ReplacesTheShippedFile()
    {
        var text = Shipped(Calendar).TrimEnd() + "\n  2027:\n    holidays:\n      - { name: 元旦 New Year, from: 2027-01-01, to: 2027-01-03 }\n    working-weekends: []\n";

        var result = StoredWorkspace.Load(Repository.Workflows, Repository.Templates, [new WorkspaceFileText(Calendar, text, Label)]);

        Assert.DoesNotContain(result.Errors, e => e.File == Label);
        Assert.True(result.Calendars["cn-mainland"].HasDataFor(2027));
        Assert.False(result.Calendars["cn-mainland"].IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.Contains(Label, result.Files);
        Assert.NotEmpty(result.Definitions);
    }

    [Fact]
    public void ABrokenStoredCalendar_IsReportedUnderItsLabel_AtLineAndColumn()
    {
        var text = Shipped(Calendar).Replace("from: 2026-10-01", "from: 2026-10-41", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("2026-10-41", StringComparison.Ordinal)) + 1;

        var result = StoredWorkspace.LoadOrgAndCalendars(Repository.Workflows, [new WorkspaceFileText(Calendar, text, Label)]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((Label, line, lines[line - 1].IndexOf("2026-10-41", StringComparison.Ordinal) + 1), (error.File, error.Line, error.Column));
        Assert.StartsWith(Label + ":", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AStoredOrgWithoutAUnit_FailsTheDefinitionsThatAssignIt()
    {
        const string org = "org/changshan.yaml";
        var text = string.Join('\n', Shipped(org).Split('\n').Where(l => !l.Contains("{ id: cs-housing,", StringComparison.Ordinal)));

        var result = StoredWorkspace.Load(Repository.Workflows, Repository.Templates, [new WorkspaceFileText(org, text, "org/changshan.yaml (stored version 1)")]);

        Assert.Null(result.Org.FindUnit("cs-housing"));
        Assert.DoesNotContain("rural-housing", result.Definitions.Keys);
        Assert.Contains(result.Errors, e => e.File.EndsWith("rural-housing.yaml", StringComparison.Ordinal) && e.Message.Contains("\"cs-housing\"", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyTheShippedOrgAndCalendarFiles_AreEditable()
    {
        var paths = StoredWorkspace.EditablePaths(Repository.Workflows);
        Assert.Contains("calendars/cn-mainland.yaml", paths);
        Assert.Contains("org/changshan.yaml", paths);
        Assert.All(paths, p => Assert.Matches(@"^(org|calendars)/[^/]+\.yaml$", p));
    }
}
