using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>The 双随机 registers of the org directory: <c>entities:</c> and <c>inspectors:</c>.</summary>
public sealed class DrawRegisterParserTests
{
    private const string Places = """
        jurisdictions:
          - { id: changshan, name: 常山县, level: county }
          - { id: huibu, name: 辉埠镇, level: township, parent: changshan }
          - { id: huibu-songfan, name: 宋畈村, level: village, parent: huibu }
        units:
          - { id: cs-emergency, name: 常山县应急管理局, level: county, kind: emergency, jurisdiction: changshan }
        """;

    private static OrgParseResult Parse(string register) => OrgParser.Parse([("org.yaml", Places), ("register.yaml", register)]);

    private static string[] Errors(OrgParseResult result) => result.Errors.Select(e => e.ToString()).ToArray();

    /// <summary>line:col of the first occurrence of <paramref name="marker"/>.</summary>
    private static string At(string text, string marker)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return $"{line + 1}:{lines[line].IndexOf(marker, StringComparison.Ordinal) + 1}";
    }

    [Fact]
    public void Register_InASiblingFile_IsReadIntoTheDirectory()
    {
        var result = Parse("""
            entities:
              - { id: ent-a, name: 甲公司, industry: mining, township: huibu, address: 宋畈村 }
            inspectors:
              - { id: insp-1, name: 李卫东, unit: cs-emergency, certificate: 浙330822-0300412, conflicts: [ent-a] }
            """);

        Assert.Empty(result.Errors);
        var entity = Assert.Single(result.Directory!.Entities);
        Assert.Equal(("ent-a", "甲公司", "mining", "huibu", "宋畈村"), (entity.Id, entity.Name, entity.Industry, entity.Township, entity.Address));
        var inspector = Assert.Single(result.Directory.Inspectors);
        Assert.Equal(["ent-a"], inspector.Conflicts);
        Assert.Same(inspector, result.Directory.FindInspector("insp-1"));
    }

    [Fact]
    public void RegisterErrors_AreReportedAtTheirPositions()
    {
        var text = """
            entities:
              - { id: ent-a, name: 甲公司, industry: mining, township: huibu }
              - { id: ent-b, name: 乙公司, industry: mining, township: huibo }
              - { id: ent-c, name: 丙公司, industry: Mining, township: huibu-songfan }
              - { id: ent-a, name: 丁公司, industry: food, township: huibu }
              - { id: ent-d, name: 戊公司, township: huibu, owner: 某人 }
            inspectors:
              - { id: insp-1, name: 李卫东, unit: cs-emergancy, certificate: 浙330822-0300412 }
              - { id: insp-2, name: 方玉洁, unit: cs-emergency, certificate: 浙330822-0300447, conflicts: [ent-a, ent-x] }
              - { id: insp-3, name: 樊立新, unit: cs-emergency }
            """;

        Assert.Equal(
        [
            $"register.yaml:{At(text, "huibo")}: township \"huibo\" of entity \"ent-b\" does not exist; did you mean \"huibu\"?",
            $"register.yaml:{At(text, "Mining")}: invalid industry \"Mining\": use lower-case letters, digits, \"-\" and \"_\", starting with a letter",
            $"register.yaml:{At(text, "huibu-songfan")}: \"huibu-songfan\", the township of entity \"ent-c\", is a village, not a township",
            $"register.yaml:{At(text, "ent-a, name: 丁公司")}: entity \"ent-a\" is declared twice (first at register.yaml:2)",
            $"register.yaml:{At(text, "{ id: ent-d")}: missing required key \"industry\" in entity 5",
            $"register.yaml:{At(text, "owner")}: unknown key \"owner\" in entity 5; allowed keys: id, name, industry, township, address",
            $"register.yaml:{At(text, "cs-emergancy")}: unit \"cs-emergancy\" of inspector \"insp-1\" does not exist; did you mean \"cs-emergency\"?",
            $"register.yaml:{At(text, "ent-x")}: conflict \"ent-x\" of inspector \"insp-2\" is not a registered entity; did you mean \"ent-a\"?",
            $"register.yaml:{At(text, "{ id: insp-3")}: missing required key \"certificate\" in inspector 3",
        ], Errors(Parse(text)));
    }

    [Fact]
    public void ShippedRegister_IsLargeAndSpreadEnoughToDrawFrom()
    {
        var org = DrawRig.Workspace.Org;

        Assert.True(org.Entities.Count >= 40, $"{org.Entities.Count} entities");
        Assert.True(org.Entities.Select(e => e.Township).Distinct().Count() >= 12);
        Assert.True(org.Entities.Select(e => e.Industry).Distinct().Count() >= 5);
        Assert.True(org.Inspectors.Count >= 20, $"{org.Inspectors.Count} inspectors");
        Assert.Superset(new HashSet<string> { "cs-enforcement", "cs-market-regulation", "cs-emergency", "cs-ecology", "cs-fire-rescue" },
            org.Inspectors.Select(i => i.Unit).ToHashSet());
        Assert.All(org.Inspectors, i => Assert.NotNull(org.FindUnit(i.Unit)));
        Assert.Equal(org.Inspectors.Count, org.Inspectors.Select(i => i.Certificate).Distinct().Count());
    }
}
