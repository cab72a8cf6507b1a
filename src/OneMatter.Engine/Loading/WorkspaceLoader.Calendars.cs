using OneMatter.Engine.Calendar;

namespace OneMatter.Engine.Loading;

internal sealed partial class WorkspaceLoader
{
    /// <summary>Loads <c>workflows/calendars/*.yaml</c> into business calendars and returns the
    /// calendar ids definitions may name; null (calendar check off) when the folder is missing.</summary>
    private HashSet<string>? LoadCalendars()
    {
        var folder = Path.Combine(workflowsDirectory, "calendars");
        if (Folder(folder, "*.yaml", "the calendars folder is missing: expected workflows/calendars/*.yaml") is not { } paths)
        {
            return null;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Read(path) is not { } text)
            {
                continue;
            }
            var result = CalendarParser.Parse(text, path);
            Errors.AddRange(result.Errors);
            // A broken calendar still exists as far as definitions are concerned: blaming every
            // definition that uses it would bury the calendar's own errors.
            ids.Add(result.Calendar?.Id ?? Path.GetFileNameWithoutExtension(path));
            if (result.Calendar is not { } definition || result.Errors.Count > 0)
            {
                continue;
            }
            if (!_calendars.TryAdd(definition.Id, new BusinessCalendar(definition)))
            {
                Errors.Add(new LoadError(path, 1, 1, $"calendar \"{definition.Id}\" is defined twice"));
            }
        }
        return ids;
    }
}
