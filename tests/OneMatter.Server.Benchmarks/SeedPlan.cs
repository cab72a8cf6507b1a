namespace OneMatter.Server.Benchmarks;

/// <summary>
/// What <see cref="InboxSeeder"/> writes: <see cref="Tasks"/> task rows, <see cref="TasksPerInstance"/>
/// per matter (accept, four reviews, approval: a rural-housing matter's six tasks), spread over
/// every unit of the org directory. The benchmark officer's unit takes <see cref="OfficerUnitShare"/>
/// of the rows (a county bureau that reviews every township's matters) and the other units share
/// the rest with weights from 0.5 to 1.5. Per row: 85 % done, 10 % offered and unclaimed (the
/// "pending" view), 3 % claimed (a third of the officer unit's by the benchmark officer: "mine"),
/// 2 % waiting. Open rows fall due between 10 days ago and 20 days ahead, one in twenty already
/// past due and flagged overdue; one in ten has no deadline.
/// </summary>
internal sealed record SeedPlan(int Tasks, string OfficerUnit, string OfficerUser, DateTimeOffset Now)
{
    public const int TasksPerInstance = 6;

    public const double OfficerUnitShare = 0.04;

    public int Instances => (Tasks + TasksPerInstance - 1) / TasksPerInstance;
}
