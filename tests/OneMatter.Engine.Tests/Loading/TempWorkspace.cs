namespace OneMatter.Engine.Tests.Loading;

/// <summary>A throw-away workspace (<c>workflows/</c>, <c>templates/</c>) in the temp folder.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public const string Caller = """
        id: caller
        name: 调用
        name-en: Caller
        family: approval
        lead: cs-agriculture
        documents:
          receipt: { name: 回执, template: receipt }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: cs-service-window
            outcomes: { accept: { next: child, documents: [receipt] } }
          child: { type: call, name: 子事项, matter: minimal, next: done }
          done: { type: end, name: 办结, result: approved }
        """;

    public TempWorkspace(bool withOrg = true, bool withCalendars = true, bool withTemplates = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "onematter-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Workflows);
        if (withOrg)
        {
            Write("workflows/org/test-org.yaml", File.ReadAllText(Path.Combine(BrokenCorpus.Folder, "org", "test-org.yaml")));
        }
        if (withCalendars)
        {
            Write("workflows/calendars/cn-mainland.yaml", File.ReadAllText(Path.Combine(Repository.Workflows, "calendars", "cn-mainland.yaml")));
        }
        if (withTemplates)
        {
            Write("templates/receipt.html", "<p>{{ instance.id }} {{ document.number }}</p>");
        }
    }

    public string Root { get; }

    public string Workflows => Path.Combine(Root, "workflows");

    public string Templates => Path.Combine(Root, "templates");

    /// <summary>Writes a file under the root and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
