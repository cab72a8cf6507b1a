using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Forms;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Simulation;

/// <summary>Plausible sample values for a form, so a definition can be simulated without a
/// hand-written application. Places are chosen consistently: a township field gets the
/// township of the chosen village.</summary>
public static class FormSampler
{
    /// <summary>Values for every declared field not given in <paramref name="given"/>.</summary>
    public static Dictionary<string, string?> Complete(IReadOnlyList<FormField> form, IReadOnlyDictionary<string, string?> given,
        OrgDirectory org, DateOnly today)
    {
        var values = new Dictionary<string, string?>(given, StringComparer.Ordinal);
        var places = new List<Jurisdiction>();
        // Finest level first, so coarser fields can take the ancestors of finer choices.
        foreach (var field in form.Where(f => f.Type == FieldType.Jurisdiction).OrderByDescending(f => LevelOf(f)))
        {
            if (values.TryGetValue(field.Id, out var chosen) && chosen is not null)
            {
                if (org.FindJurisdiction(chosen) is { } known)
                {
                    places.Add(known);
                }
                continue;
            }
            var level = LevelOf(field);
            var place = places.SelectMany(p => org.CoveringPlaces(p.Id)).FirstOrDefault(p => level is null || p.Level == level)
                ?? org.Jurisdictions.Where(j => level is null || j.Level == level).OrderBy(j => j.Id, StringComparer.Ordinal).FirstOrDefault();
            if (place is not null)
            {
                values[field.Id] = place.Id;
                places.Add(place);
            }
        }
        foreach (var field in form)
        {
            if (!values.ContainsKey(field.Id))
            {
                values[field.Id] = Sample(field, today);
            }
        }
        return values;
    }

    private static OrgLevel? LevelOf(FormField field) =>
        Enum.TryParse<OrgLevel>(field.Level, ignoreCase: true, out var level) ? level : null;

    private static string? Sample(FormField field, DateOnly today) => field.Type switch
    {
        FieldType.Text => field.Pattern is null ? Fit(field, "示例" + field.Label) : null,
        FieldType.Number => (field.Min ?? (field.Max is { } max && max < 1 ? max : 1)).ToString(CultureInfo.InvariantCulture),
        FieldType.Date => (field.MinDate is { } min && min > today ? min : today.AddDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldType.Choice => field.Options.Count > 0 ? field.Options[0].Value : null,
        FieldType.IdCard => SampleIdCard(),
        FieldType.Phone => "13800138000",
        FieldType.File => "sample-" + field.Id,
        FieldType.Boolean => "true",
        _ => null,
    };

    private static string Fit(FormField field, string text)
    {
        if (field.Max is { } max && text.Length > max)
        {
            text = text[..(int)max];
        }
        if (field.Min is { } min)
        {
            text = text.PadRight((int)min, '样');
        }
        return text;
    }

    private static string SampleIdCard()
    {
        const string first17 = "33082219800101001";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }
}
