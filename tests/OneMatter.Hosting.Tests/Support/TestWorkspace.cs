namespace OneMatter.Hosting.Tests.Support;

/// <summary>
/// A workflows folder of a test's own: the repository's org directory and calendars, and no
/// definitions unless the test writes some. Definitions under development in the repository's
/// folder (reported and skipped by design) then neither slow these tests down nor show up as
/// problems the node reports.
/// </summary>
internal static class TestWorkspace
{
    /// <summary>Creates <c>workflows/</c> with <c>org/</c> and <c>calendars/</c> under
    /// <paramref name="parent"/> and returns its path.</summary>
    public static string Create(string parent)
    {
        var workflows = Path.Combine(parent, "workflows");
        Copy(Path.Combine(Repo.Root, "workflows", "org"), Path.Combine(workflows, "org"));
        Copy(Path.Combine(Repo.Root, "workflows", "calendars"), Path.Combine(workflows, "calendars"));
        return workflows;
    }

    /// <summary>The repository's templates (definitions are checked against their ids).</summary>
    public static string Templates => Path.Combine(Repo.Root, "templates");

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
