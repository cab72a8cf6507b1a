using OneMatter.Engine.Definitions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>The unit id that stands for the matter's lead unit in assignees and rules.</summary>
    private const string LeadUnit = "lead";

    private void CheckUnits()
    {
        if (_context.Org is not { } org)
        {
            return;
        }
        CheckUnitOrKind(org, _definition.Lead, Where("/lead", _definition.Location), "lead");
        for (var i = 0; i < _definition.Partners.Count; i++)
        {
            CheckUnitOrKind(org, _definition.Partners[i], Where(SourceMap.Path("partners", Index(i)), _definition.Location), "partner");
        }
        CheckEscalation(org, _definition.Escalation, "/escalation");
        foreach (var node in _definition.Nodes.Values)
        {
            switch (node)
            {
                case TaskNode task:
                    CheckAssignee(org, task.Assignee, NodePath(task.Id, "assignee"));
                    for (var i = 0; i < task.Signers.Count; i++)
                    {
                        CheckAssignee(org, task.Signers[i], NodePath(task.Id, "signers", Index(i)));
                    }
                    CheckEscalation(org, task.Escalation ?? [], NodePath(task.Id, "escalation"));
                    break;
                case NotifyNode notify when notify.To.Length > 0
                    && !DefinitionParser.Words.NotifyTarget.Contains(notify.To) && org.FindUnit(notify.To) is null:
                    Report(Where(NodePath(notify.Id, "to"), notify.Location),
                        $"{Describe(notify)} sends to \"{notify.To}\", which is neither applicant, lead, command-centre nor a unit in the org directory{Hint(notify.To, DefinitionParser.Words.NotifyTarget.Concat(org.Units.Select(u => u.Id)))}");
                    break;
            }
        }
    }

    /// <summary><c>lead</c> and <c>partners</c> may name a unit or a unit kind (resolved in the
    /// matter's jurisdiction).</summary>
    private void CheckUnitOrKind(OrgDirectory org, string id, SourceLocation at, string role)
    {
        if (id.Length == 0 || org.FindUnit(id) is not null || org.HasKind(id))
        {
            return;
        }
        var candidates = org.Units.Select(u => u.Id).Concat(org.Units.Select(u => u.Kind)).Distinct();
        Report(at, $"{role} \"{id}\" is neither a unit nor a unit kind in the org directory{Hint(id, candidates)}");
    }

    private void CheckAssignee(OrgDirectory org, Assignee assignee, string path)
    {
        switch (assignee)
        {
            // A plain-string assignee has no "/unit" of its own; Where falls back to the string.
            case UnitAssignee or UserAssignee or RoleAssignee:
                CheckUnit(org, UnitOf(assignee), Where(path + "/unit", assignee.Location));
                break;
            case JurisdictionAssignee { UnitKind: var kind } when !org.HasKind(kind):
                Report(Where(path + "/kind", assignee.Location),
                    $"unit kind \"{kind}\" is not in the org directory{Hint(kind, org.Units.Select(x => x.Kind).Distinct())}");
                break;
        }
    }

    private static string UnitOf(Assignee assignee) => assignee switch
    {
        UnitAssignee a => a.Unit,
        UserAssignee a => a.Unit,
        RoleAssignee a => a.Unit,
        _ => "",
    };

    private void CheckEscalation(OrgDirectory org, IReadOnlyList<EscalationRule> rules, string path)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].To is { } to)
            {
                CheckUnit(org, to, Where($"{path}/{Index(i)}/to", rules[i].Location));
            }
        }
    }

    private void CheckUnit(OrgDirectory org, string unit, SourceLocation at)
    {
        if (unit.Length > 0 && unit != LeadUnit && org.FindUnit(unit) is null)
        {
            Report(at, $"unit \"{unit}\" is not in the org directory{Hint(unit, org.Units.Select(u => u.Id))}");
        }
    }

    /// <summary><c> (did you mean "x"?)</c>, in parentheses because unit messages end with the
    /// directory rather than a clause.</summary>
    private static string Hint(string word, IEnumerable<string> candidates) =>
        Suggest.Closest(word, candidates) is { } near ? $" (did you mean \"{near}\"?)" : "";
}
