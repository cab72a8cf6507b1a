using System.Globalization;
using System.Text.RegularExpressions;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Tests.Loading;

/// <summary>The broken-definition corpus in <c>Loading/Broken/</c>: one file per loader check,
/// each carrying the errors it must produce as <c># expect: line:col: message</c> lines.</summary>
internal static partial class BrokenCorpus
{
    private static readonly Lazy<OrgDirectory> TestOrg = new(() =>
    {
        var path = Path.Combine(Folder, "org", "test-org.yaml");
        var result = OrgParser.Parse([(path, File.ReadAllText(path))]);
        return result.Directory ?? throw new InvalidOperationException(string.Join('\n', result.Errors));
    });

    private static readonly Lazy<DocumentTemplates> Documents = new(() =>
    {
        var templates = DocumentTemplates.Load(Path.Combine(Folder, "templates"));
        return templates.Errors.Count == 0 ? templates : throw new InvalidOperationException(string.Join('\n', templates.Errors));
    });

    /// <summary>The corpus folder in the test output.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Loading", "Broken");

    /// <summary>The org directory of <c>Broken/org/test-org.yaml</c>.</summary>
    public static OrgDirectory Org => TestOrg.Value;

    /// <summary>What the corpus is checked against: the test org, the templates of
    /// <c>Broken/templates/</c> (receipt and permit read only what every matter has; notice reads
    /// what only template-unknown-variable.yaml declares, and some it does not; supervision reads
    /// what only a 督办单 sees, with one misspelt member), the mainland
    /// calendar and one other matter.</summary>
    public static LoadContext Context => new()
    {
        Org = Org,
        Templates = new HashSet<string>(["receipt", "permit", "notice", "supervision"], StringComparer.Ordinal),
        Documents = Documents.Value,
        Calendars = new HashSet<string>(["cn-mainland"], StringComparer.Ordinal),
        Matters = new HashSet<string>(["other-matter"], StringComparer.Ordinal),
    };

    /// <summary>The corpus file names, sorted.</summary>
    public static IReadOnlyList<string> Files =>
        Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The <c># expect:</c> lines of a corpus file.</summary>
    public static IReadOnlyList<Expectation> Expectations(string text) =>
        text.Split('\n')
            .Select(line => ExpectLine().Match(line.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new Expectation(
                int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                m.Groups[3].Value))
            .ToList();

    [GeneratedRegex(@"^# expect: (\d+):(\d+): (.+)$")]
    private static partial Regex ExpectLine();

    /// <summary>One expected error: exact position, message containing <see cref="Message"/>.</summary>
    public sealed record Expectation(int Line, int Column, string Message)
    {
        public bool Matches(LoadError error) =>
            error.Line == Line && error.Column == Column && error.Message.Contains(Message, StringComparison.Ordinal);

        public override string ToString() => $"{Line}:{Column}: {Message}";
    }
}
