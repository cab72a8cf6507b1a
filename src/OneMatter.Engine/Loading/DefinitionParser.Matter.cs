using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private MatterDefinition ReadMatter(YamlMap m)
    {
        m.AllowOnly(Keys.Matter);
        var id = m.Scalar("id", required: true);
        if (id is not null)
        {
            CheckId(id, "matter id");
            if (_fileId.Length > 0 && id.Value != _fileId)
            {
                _diagnostics.Add(id.Start,
                    $"matter id \"{id.Value}\" does not match the file name \"{_fileId}\": name the file {id.Value}.yaml or change the id");
            }
        }
        var version = m.Integer("version");
        if (version < 1)
        {
            _diagnostics.Add(m.Get("version")!.Start, $"\"version\" of the definition must be 1 or more, not {version}");
        }
        var family = m.Word("family", Words.Family, required: true);
        var lead = m.Text("lead", required: true);
        var partners = m.Words("partners").Select(p => p.Value!).ToList();
        var jurisdiction = ReadCondition(m, "jurisdiction");
        var deadline = ReadDuration(m, "deadline");
        var calendar = m.Text("calendar");
        var form = ReadFields(m.ListValue("form"), field => $"form field \"{field}\"", "form field");
        var documents = ReadDocuments(m.MapValue("documents"));
        var escalation = ReadEscalation(m);
        var start = NodeReference(m, "start");
        var nodes = ReadNodes(m);

        return new MatterDefinition
        {
            Id = id?.Value ?? _fileId,
            Version = version is >= 1 ? version.Value : 1,
            Name = m.Text("name", required: true) ?? "",
            NameEn = m.Text("name-en", required: true) ?? "",
            Family = family ?? MatterFamily.Approval,
            Lead = lead ?? "",
            Partners = partners,
            Jurisdiction = jurisdiction,
            Deadline = deadline,
            Calendar = calendar ?? "cn-mainland",
            Form = form,
            Documents = documents,
            Escalation = escalation ?? [],
            Start = start,
            Nodes = nodes,
            Location = At(m.Node),
        };
    }
}
