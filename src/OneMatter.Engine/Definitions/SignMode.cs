namespace OneMatter.Engine.Definitions;

/// <summary>How a task with several signers completes.</summary>
public enum SignMode
{
    /// <summary>One work item for the assignee; whoever of the unit takes it decides.</summary>
    Single,
    /// <summary>会签: every signer must agree (the first outcome); any other outcome chosen by
    /// a signer decides the task at once (one-vote veto).</summary>
    All,
    /// <summary>或签: the first signer to act decides; the other work items are withdrawn.</summary>
    Any,
    /// <summary>依次审批: signers act one after another in order; a non-agreeing outcome
    /// decides the task at once.</summary>
    Sequential,
}
