using FsCheck.Xunit;

namespace OneMatter.Engine.Tests.Properties;

/// <summary>
/// Random valid command sequences keep the engine's invariants (see
/// <see cref="MatterWalk"/>.CheckInvariants): each property walks one definition 200 times.
/// On failure FsCheck prints the walk (original and shrunk), the trace of commands up to the
/// broken invariant, and "Replay directly at failing step with (seed,gamma,size)": paste that
/// into <c>[Property(Replay = "(seed,gamma,size)")]</c> to rerun exactly that case.
/// </summary>
[Properties(MaxTest = 200, Arbitrary = [typeof(WalkArbitrary)])]
public class EngineInvariantProperties
{
    [Property]
    public void JointReview_JoinAllDecisionsLoopsAndCorrection_KeepTheInvariants(Walk walk) =>
        MatterWalk.Run(WalkDefinitions.JointReview, WalkDefinitions.FormFor, walk);

    [Property]
    public void PartialJoins_CountAnyCancelRemainingAndTimeouts_KeepTheInvariants(Walk walk) =>
        MatterWalk.Run(WalkDefinitions.PartialJoins, WalkDefinitions.FormFor, walk);

    [Property]
    public void OpenEnded_MultiMergeAndImplicitTermination_KeepTheInvariants(Walk walk) =>
        MatterWalk.Run(WalkDefinitions.OpenEnded, WalkDefinitions.FormFor, walk);

    [Property]
    public void Escalations_PausedClockAndReassignment_KeepTheInvariants(Walk walk) =>
        MatterWalk.Run(WalkDefinitions.Escalations, WalkDefinitions.FormFor, walk);
}
