using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>A small org directory for interpreter tests: a county with a command centre, two
/// townships in one zone (hub: east), villages, and a handful of departments.</summary>
internal static class TestOrg
{
    public static OrgDirectory Directory { get; } = new(
        [
            new Jurisdiction { Id = "county", Name = "测试县", Level = OrgLevel.County },
            new Jurisdiction { Id = "zone-a", Name = "A片区", Level = OrgLevel.Zone, Parent = "county", Hub = "east" },
            new Jurisdiction { Id = "east", Name = "东镇", Level = OrgLevel.Township, Parent = "county", Zone = "zone-a" },
            new Jurisdiction { Id = "west", Name = "西乡", Level = OrgLevel.Township, Parent = "county", Zone = "zone-a" },
            new Jurisdiction { Id = "east-v1", Name = "东一村", Level = OrgLevel.Village, Parent = "east" },
            new Jurisdiction { Id = "west-v1", Name = "西一村", Level = OrgLevel.Village, Parent = "west" },
        ],
        [
            Unit("command", "县指挥中心", OrgLevel.County, "command-centre", "county"),
            Unit("agri", "农业农村局", OrgLevel.County, "agriculture", "county"),
            Unit("land", "自然资源局", OrgLevel.County, "natural-resources", "county"),
            Unit("housing", "住建局", OrgLevel.County, "housing", "county"),
            Unit("fire", "消防大队", OrgLevel.County, "fire-rescue", "county"),
            Unit("east-gov", "东镇政府", OrgLevel.Township, "township-government", "east"),
            Unit("west-gov", "西乡政府", OrgLevel.Township, "township-government", "west"),
            Unit("east-window", "东镇便民服务中心", OrgLevel.Township, "township-service-window", "east"),
            Unit("west-window", "西乡便民服务中心", OrgLevel.Township, "township-service-window", "west"),
            Unit("zone-a-team", "A片区综合执法队", OrgLevel.Zone, "enforcement-team", "zone-a"),
            Unit("east-v1-committee", "东一村委会", OrgLevel.Village, "village-committee", "east-v1"),
            Unit("west-v1-committee", "西一村委会", OrgLevel.Village, "village-committee", "west-v1"),
        ]);

    private static Unit Unit(string id, string name, OrgLevel level, string kind, string place) =>
        new() { Id = id, Name = name, Level = level, Kind = kind, Jurisdiction = place };
}
