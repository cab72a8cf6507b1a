using OneMatter.Engine.Definitions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>What <c>nodes.&lt;id&gt;</c> offers besides a task's members: a draw's picks and seed.
    /// A property, not a field, so the other partial's static array can spread it whatever the
    /// order the compiler initialises fields of different files in.</summary>
    private static string[] DrawProperties => ["entities", "inspectors", "seed"];

    /// <summary>A draw node against the registers: its units have pools, its industries exist, and
    /// the whole register holds enough candidates. Only what is knowable without a form is
    /// checked here; a township with too few entities is a rejection at run time.</summary>
    private void CheckDraw(DrawNode draw)
    {
        if (_context.Org is not { } org)
        {
            return;
        }
        CheckDrawEntities(draw, org);
        CheckDrawInspectors(draw, org);
    }

    private void CheckDrawEntities(DrawNode draw, OrgDirectory org)
    {
        var self = Describe(draw);
        var known = org.Entities.Select(e => e.Industry).Distinct(StringComparer.Ordinal).ToList();
        var industries = draw.Entities.Industries;
        var unknown = false;
        for (var i = 0; i < industries.Count; i++)
        {
            if (!known.Contains(industries[i]))
            {
                unknown = true;
                Report(Where(NodePath(draw.Id, "entities", "industries", Index(i)), draw.Entities.Location),
                    $"industry \"{industries[i]}\" of {self} has no entity in the register (市场主体名录){Suggest.DidYouMean(industries[i], known)}");
            }
        }
        var candidates = org.Entities.Count(e => industries.Count == 0 || industries.Contains(e.Industry));
        // An unknown industry explains an empty candidate list already.
        if (!unknown && candidates < draw.Entities.Count)
        {
            Report(Where(NodePath(draw.Id, "entities", "count"), draw.Entities.Location),
                $"{self} draws {draw.Entities.Count} entities, but the register has only {candidates} in {Industries(industries)} in the whole directory");
        }
    }

    private void CheckDrawInspectors(DrawNode draw, OrgDirectory org)
    {
        var self = Describe(draw);
        var units = draw.Inspectors.Units;
        var pool = 0;
        var reported = false;
        for (var i = 0; i < units.Count; i++)
        {
            var at = Where(NodePath(draw.Id, "inspectors", "units", Index(i)), draw.Inspectors.Location);
            var size = org.Inspectors.Count(p => p.Unit == units[i]);
            pool += size;
            reported |= org.FindUnit(units[i]) is null || size == 0;
            if (org.FindUnit(units[i]) is null)
            {
                Report(at, $"unit \"{units[i]}\" of {self} does not exist{Suggest.DidYouMean(units[i], org.Units.Select(u => u.Id))}");
            }
            else if (size == 0)
            {
                Report(at, $"unit \"{units[i]}\" of {self} has no inspectors in the pool (执法检查人员名录)");
            }
        }
        if (!reported && units.Count > 0 && pool < draw.Inspectors.Count)
        {
            Report(Where(NodePath(draw.Id, "inspectors", "count"), draw.Inspectors.Location),
                $"{self} draws {draw.Inspectors.Count} inspectors, but the pools of {string.Join(", ", units)} hold only {pool}");
        }
    }

    private static string Industries(IReadOnlyList<string> industries) =>
        industries.Count == 0 ? "any industry" : "industries " + string.Join(", ", industries);
}
