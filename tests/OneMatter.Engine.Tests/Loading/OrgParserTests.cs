using OneMatter.Engine.Loading;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Tests.Loading;

public sealed class OrgParserTests
{
    private const string Places = """
        jurisdictions:
          - { id: quzhou, name: 衢州市, level: city }
          - { id: changshan, name: 常山县, level: county, parent: quzhou }
          - { id: zone-west, name: 西部片区, level: zone, parent: changshan, hub: qiuchuan }
          - { id: qiuchuan, name: 球川镇, level: township, parent: changshan, zone: zone-west }
          - { id: qiuchuan-dongcun, name: 东村, level: village, parent: qiuchuan }
        """;

    private static OrgParseResult Parse(params (string File, string Text)[] files) => OrgParser.Parse(files);

    private static string[] Errors(OrgParseResult result) => result.Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void ValidDirectory_ResolvesTerritorialAssignment()
    {
        var units = """
            units:
              - { id: cs-agriculture, name: 常山县农业农村局, level: county, kind: agriculture, jurisdiction: changshan }
              - { id: qiuchuan-gov, name: 球川镇人民政府, name-en: Qiuchuan, level: township, kind: township-government, jurisdiction: qiuchuan }
              - { id: west-team, name: 西部片区执法队, level: zone, kind: enforcement-team, jurisdiction: zone-west, parent: cs-agriculture }
            """;

        var result = Parse(("places.yaml", Places), ("units.yaml", units));

        Assert.Empty(result.Errors);
        var org = Assert.IsType<OrgDirectory>(result.Directory);
        Assert.Equal("qiuchuan-gov", org.Resolve("township-government", "qiuchuan-dongcun")?.Id);
        Assert.Equal("west-team", org.Resolve("enforcement-team", "qiuchuan-dongcun")?.Id);
        Assert.Equal(OrgLevel.Zone, org.FindJurisdiction("zone-west")!.Level);
        Assert.Equal("Qiuchuan", org.FindUnit("qiuchuan-gov")!.NameEn);
    }

    [Fact]
    public void ShapeErrors_AreReportedAtTheirPositions()
    {
        var text = """
            jurisdictions:
              - { id: quzhou, name: 衢州市, level: metropolis }
              - { id: changshan, level: county, parnet: quzhou }
            units:
              - { id: Bad_Unit, name: 单位, level: county, kind: agriculture, jurisdiction: quzhou }
            staff: []
            """;

        Assert.Equal(
        [
            $"org.yaml:{At(text, "metropolis")}: unknown level \"metropolis\" in jurisdiction 1; expected one of: city, county, zone, township, village",
            $"org.yaml:{At(text, "{ id: changshan")}: missing required key \"name\" in jurisdiction 2",
            $"org.yaml:{At(text, "parnet")}: unknown key \"parnet\" in jurisdiction 2; did you mean \"parent\"?",
            $"org.yaml:{At(text, "Bad_Unit")}: invalid unit id \"Bad_Unit\": use lower-case letters, digits, \"-\" and \"_\", starting with a letter",
            $"org.yaml:{At(text, "staff")}: unknown key \"staff\" in the org file; allowed keys: jurisdictions, units, entities, inspectors",
        ], Errors(Parse(("org.yaml", text))));
    }

    [Fact]
    public void References_ThatDoNotResolve_AreReported()
    {
        var text = """
            jurisdictions:
              - { id: changshan, name: 常山县, level: county, parent: quzhou }
              - { id: zone-a, name: 甲片区, level: zone, parent: changshan, hub: changshan }
              - { id: zone-b, name: 乙片区, level: zone, parent: changshan, hub: town-a }
              - { id: town-a, name: 甲镇, level: township, parent: changshan, zone: zone-a }
              - { id: town-b, name: 乙镇, level: township, parent: changshan, zone: zone-c }
              - { id: town-c, name: 丙镇, level: township, parent: changshan, zone: changshan }
              - { id: village, name: 村, level: village, parent: town-a, zone: zone-a }
            units:
              - { id: team, name: 队, level: zone, kind: team, jurisdiction: zone-d, parent: bureau }
            """;

        Assert.Equal(
        [
            $"org.yaml:{At(text, "quzhou")}: parent \"quzhou\" of county \"changshan\" does not exist",
            $"org.yaml:{At(text, "hub: changshan", 5)}: hub \"changshan\" of zone \"zone-a\" is not a township of that zone: give the township zone: zone-a, or pick one of its townships",
            $"org.yaml:{At(text, "hub: town-a", 5)}: hub \"town-a\" of zone \"zone-b\" is not a township of that zone: give the township zone: zone-b, or pick one of its townships",
            $"org.yaml:{At(text, "zone-c")}: zone \"zone-c\" of township \"town-b\" does not exist; did you mean \"zone-a\"?",
            $"org.yaml:{At(text, "zone: changshan", 6)}: \"changshan\", the zone of township \"town-c\", is a county, not a zone",
            $"org.yaml:{At(text, "town-a, zone: zone-a", 14)}: \"zone\" applies only to townships, not to village \"village\"",
            $"org.yaml:{At(text, "zone-d")}: jurisdiction \"zone-d\" of unit \"team\" does not exist; did you mean \"zone-a\"?",
            $"org.yaml:{At(text, "bureau")}: parent unit \"bureau\" of unit \"team\" does not exist",
        ], Errors(Parse(("org.yaml", text))));
    }

    [Fact]
    public void ReferenceToAnEntryWithErrors_IsNotReportedAgain()
    {
        var text = """
            jurisdictions:
              - { id: quzhou, name: 衢州市, level: metropolis }
            units:
              - { id: bureau, name: 局, level: city, kind: bureau, jurisdiction: quzhou }
            """;

        Assert.Single(Parse(("org.yaml", text)).Errors);
    }

    /// <summary>"line:col" of the first <paramref name="marker"/> in the text, plus
    /// <paramref name="skip"/> columns.</summary>
    private static string At(string text, string marker, int skip = 0)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return $"{line + 1}:{lines[line].IndexOf(marker, StringComparison.Ordinal) + 1 + skip}";
    }

    [Fact]
    public void DuplicateIds_AcrossFiles_NameTheFirstDeclaration()
    {
        var again = """
            jurisdictions:
              - { id: qiuchuan, name: 球川, level: township, parent: changshan }
            """;

        var result = Parse(("a.yaml", Places), ("b.yaml", again));

        var error = Assert.Single(result.Errors);
        Assert.Equal("b.yaml:2:11: jurisdiction \"qiuchuan\" is declared twice (first at a.yaml:5)", error.ToString());
        Assert.Null(result.Directory);
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a\n- b")]
    [InlineData("units: { a: b }")]
    [InlineData("jurisdictions: [ [ [ ] ] ]\nunits: [ 1, ~, { } ]")]
    [InlineData("{{{{{{{{")]
    public void Garbage_IsReportedNeverThrown(string text)
    {
        var result = Parse(("org.yaml", text));

        Assert.NotEmpty(result.Errors);
        Assert.Null(result.Directory);
    }

    [Fact]
    public void ShippedOrgDirectory_ParsesClean()
    {
        var folder = Path.Combine(Repository.Workflows, "org");
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Select(f => (f, File.ReadAllText(f))).ToArray()
            : [];

        var result = OrgParser.Parse(files);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
    }
}
