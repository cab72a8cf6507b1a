using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

public sealed class WorkspaceTests
{
    [Fact]
    public void Load_ValidFilesLoad_ABadFileIsReportedAndSkipped()
    {
        using var ws = new TempWorkspace();
        var minimal = ws.Write("workflows/minimal.yaml", Samples.Minimal);
        ws.Write("workflows/caller.yaml", TempWorkspace.Caller);
        var broken = ws.Write("workflows/broken.yaml", Samples.Minimal
            .Replace("id: minimal", "id: broken", StringComparison.Ordinal)
            .Replace("family: approval", "family: aproval", StringComparison.Ordinal));

        var result = Workspace.Load(ws.Workflows, ws.Templates);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{broken}:4:9: unknown family \"aproval\" in the definition; did you mean \"approval\"?", error.ToString());
        Assert.Equal(["caller", "minimal"], result.Definitions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(6, result.Org.Units.Count);
        Assert.Contains("cn-mainland", result.Calendars.Keys);
        Assert.Contains(minimal, result.Files);
        Assert.Contains(broken, result.Files);
        Assert.Contains(Path.Combine(ws.Workflows, "org", "test-org.yaml"), result.Files);
        Assert.Contains(Path.Combine(ws.Workflows, "calendars", "cn-mainland.yaml"), result.Files);
    }

    [Fact]
    public void Load_MissingWorkflowsFolder_IsAnErrorNotAnException()
    {
        var missing = Path.Combine(Path.GetTempPath(), "onematter-missing-" + Guid.NewGuid().ToString("N"));

        var result = Workspace.Load(missing, missing);

        var error = Assert.Single(result.Errors);
        Assert.Equal(missing, error.File);
        Assert.Empty(result.Definitions);
        Assert.Empty(result.Org.Units);
    }

    [Fact]
    public void Load_MissingOrgCalendarsAndTemplates_AreOneErrorEach_AndTheirChecksStandDown()
    {
        using var ws = new TempWorkspace(withOrg: false, withCalendars: false, withTemplates: false);
        ws.Write("workflows/caller.yaml", TempWorkspace.Caller);
        ws.Write("workflows/minimal.yaml", Samples.Minimal);

        var result = Workspace.Load(ws.Workflows, ws.Templates);

        Assert.Equal(3, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.File == Path.Combine(ws.Workflows, "org") && e.Message.Contains("org directory is missing", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == Path.Combine(ws.Workflows, "calendars"));
        Assert.Contains(result.Errors, e => e.File == ws.Templates);
        Assert.Equal(2, result.Definitions.Count);
    }

    [Fact]
    public void Load_BrokenCalendar_IsReported_WithoutBlamingTheDefinitionsThatUseIt()
    {
        using var ws = new TempWorkspace();
        ws.Write("workflows/minimal.yaml", Samples.Minimal);
        var calendar = ws.Write("workflows/calendars/cn-mainland.yaml", "id: cn-mainland\nnonsense: [");

        var result = Workspace.Load(ws.Workflows, ws.Templates);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(calendar, e.File));
        Assert.Empty(result.Calendars);
        Assert.Contains("minimal", result.Definitions.Keys);
    }

    [Fact]
    public void LoadFiles_FindsOrgCalendarsTemplatesAndOtherMattersNextToTheFile()
    {
        using var ws = new TempWorkspace();
        ws.Write("workflows/minimal.yaml", Samples.Minimal);
        var caller = ws.Write("workflows/caller.yaml", TempWorkspace.Caller);

        var result = Workspace.LoadFiles([caller]);

        Assert.Empty(result.Errors);
        Assert.Equal(["caller"], result.Definitions.Keys);
        Assert.Contains("cn-mainland", result.Calendars.Keys);
    }

    [Fact]
    public void LoadFiles_ReportsUnknownTemplatesAndMatters()
    {
        using var ws = new TempWorkspace();
        var caller = ws.Write("workflows/caller.yaml", TempWorkspace.Caller
            .Replace("template: receipt", "template: reciept", StringComparison.Ordinal));

        var result = Workspace.LoadFiles([caller]);

        Assert.Equal(
        [
            $"{caller}:7:34: template \"reciept\" of document \"receipt\" does not exist: expected templates/reciept.html; did you mean \"receipt\"?",
            $"{caller}:15:43: call \"child\" starts matter \"minimal\", which does not exist",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Definitions);
    }

    [Fact]
    public void LoadFiles_AFileThatCannotBeRead_IsAnError()
    {
        using var ws = new TempWorkspace();
        var missing = Path.Combine(ws.Workflows, "missing.yaml");

        var result = Workspace.LoadFiles([missing]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(missing, error.File);
        Assert.StartsWith("cannot read the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFiles_WithARelativePath_ReportsThePathAsGiven()
    {
        using var ws = new TempWorkspace();
        ws.Write("workflows/minimal.yaml", Samples.Minimal.Replace("name-en: Minimal matter\n", "", StringComparison.Ordinal));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(ws.Workflows, "minimal.yaml"));

        var result = Workspace.LoadFiles([relative]);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{relative}:1:1: missing required key \"name-en\" in the definition", error.ToString());
    }
}
