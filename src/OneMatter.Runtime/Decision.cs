using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>What the writer decided for one command within a group attempt: an outcome (with the
/// change to write when applied), or the error that fails this command alone.</summary>
internal sealed record Decision(CommandOutcome? Outcome, MatterChange? Change, Exception? Error)
{
    public static Decision Failed(Exception error) => new(null, null, error);
}
