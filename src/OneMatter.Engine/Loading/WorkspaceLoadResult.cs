using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>Everything a workspace folder holds that loaded, and every problem found on the way.</summary>
public sealed class WorkspaceLoadResult
{
    internal WorkspaceLoadResult(IReadOnlyDictionary<string, MatterDefinition> definitions, OrgDirectory org,
        IReadOnlyDictionary<string, BusinessCalendar> calendars, IReadOnlyList<LoadError> errors, IReadOnlyList<string> files)
    {
        Definitions = definitions;
        Org = org;
        Calendars = calendars;
        Errors = errors;
        Files = files;
    }

    /// <summary>The definitions without any error, by id; a bad file is left out, the others
    /// still load.</summary>
    public IReadOnlyDictionary<string, MatterDefinition> Definitions { get; }

    /// <summary>The org directory, built from every entry that parsed (empty when there is no
    /// <c>org/</c> folder).</summary>
    public OrgDirectory Org { get; }

    /// <summary>The business calendars that loaded, by id.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>Every problem, as <c>file:line:col: message</c>, ordered by file and position.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>Every file read: definitions, org files and calendars.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Whether everything loaded cleanly.</summary>
    public bool Success => Errors.Count == 0;
}
