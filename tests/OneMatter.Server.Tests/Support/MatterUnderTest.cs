namespace OneMatter.Server.Tests.Support;

/// <summary>
/// One real matter of the resource matrix and the concrete ids under it: its receipt number and
/// query code, one of its tasks with a work item, an issued document, a bound attachment, and the
/// values only its readers may see (the applicant's name, ID number, phone, query code and file
/// name), which a refused request must never echo.
/// </summary>
internal sealed record MatterUnderTest(
    string Receipt,
    string QueryCode,
    HttpClient Owner,
    string TaskId,
    string WorkItemId,
    string DocumentNumber,
    string AttachmentId,
    IReadOnlyList<string> Secrets)
{
    /// <summary>The value of a path parameter for this matter, null for a parameter that is not
    /// the matter's (a definition, a calendar, a workspace file).</summary>
    public string? Parameter(string name) => name switch
    {
        "instanceId" => Receipt,
        "taskId" => TaskId,
        "workItemId" => WorkItemId,
        "number" => DocumentNumber,
        "attachmentId" => AttachmentId,
        _ => null,
    };
}
