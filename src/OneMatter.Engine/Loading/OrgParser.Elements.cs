using OneMatter.Engine.Organisation;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class OrgParser
{
    private static Jurisdiction? ReadJurisdiction(YamlMap m)
    {
        m.AllowOnly(Keys.Jurisdiction);
        var id = Id(m, "id", "jurisdiction id");
        var name = m.Text("name", required: true);
        var level = m.Word("level", DefinitionParser.Words.Level, required: true);
        if (id is null || name is null || level is null)
        {
            return null;
        }
        return new Jurisdiction
        {
            Id = id,
            Name = name,
            NameEn = m.Text("name-en"),
            Level = level.Value,
            Parent = m.Text("parent"),
            Zone = m.Text("zone"),
            Hub = m.Text("hub"),
        };
    }

    private static Unit? ReadUnit(YamlMap m)
    {
        m.AllowOnly(Keys.Unit);
        var id = Id(m, "id", "unit id");
        var name = m.Text("name", required: true);
        var level = m.Word("level", DefinitionParser.Words.Level, required: true);
        var kind = Id(m, "kind", "unit kind");
        var jurisdiction = m.Text("jurisdiction", required: true);
        if (id is null || name is null || level is null || kind is null || jurisdiction is null)
        {
            return null;
        }
        return new Unit
        {
            Id = id,
            Name = name,
            NameEn = m.Text("name-en"),
            Level = level.Value,
            Kind = kind,
            Jurisdiction = jurisdiction,
            Parent = m.Text("parent"),
        };
    }

    /// <summary>A required id-like value, checked against the id rule.</summary>
    private static string? Id(YamlMap m, string key, string what)
    {
        if (m.Scalar(key, required: true) is not YamlScalarNode scalar)
        {
            return null;
        }
        if (!Ids.IsValid(scalar.Value!))
        {
            m.Diagnostics.Add(scalar.Start, $"invalid {what} \"{scalar.Value}\": {Ids.Rule}");
        }
        return scalar.Value;
    }
}
