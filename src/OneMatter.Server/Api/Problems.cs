using OneMatter.Engine.Forms;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Server.Api;

/// <summary>RFC 9457 problem details for the API's expected failures, with the field named where
/// one is at fault. Unexpected failures become 500s through the exception handler.</summary>
internal static class Problems
{
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    public static IResult Forbidden(string why) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: why);

    public static IResult BadRequest(string detail, string? field = null) =>
        field is null
            ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail)
            : Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [detail] }, detail: detail);

    public static IResult Fields(IReadOnlyList<FieldError> errors, string detail) =>
        Results.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), detail: detail);

    /// <summary>A command that was not applied: refused (see <see cref="Rejected"/>) or ignored
    /// as a no-op (409: nothing to do in the matter's state).</summary>
    public static IResult NotApplied(OneMatter.Runtime.CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Rejection is { } rejection
            ? Rejected(rejection)
            : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to do", detail: "该命令在当前状态下无效果 (the command changes nothing now)");
    }

    /// <summary>A command the engine refused: 422 for invalid fields, 409 for a state that does
    /// not allow it (someone else got there first, the task is closed), 403 when it is not the
    /// actor's task, 404 for an unknown task.</summary>
    public static IResult Rejected(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        if (rejection.Errors.Count > 0)
        {
            return Fields(rejection.Errors, rejection.Message);
        }
        var status = rejection.Code switch
        {
            RejectionCode.NotYourTask => StatusCodes.Status403Forbidden,
            RejectionCode.UnknownTask => StatusCodes.Status404NotFound,
            RejectionCode.InvalidField or RejectionCode.UnknownOutcome or RejectionCode.GuardFalse or RejectionCode.UnknownUnit or RejectionCode.UnknownNode
                => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status409Conflict,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = rejection.Code.ToString() };
        if (rejection.Field is { } field)
        {
            extensions["field"] = field;
        }
        return Results.Problem(statusCode: status, title: "Rejected", detail: rejection.Message, extensions: extensions);
    }
}
