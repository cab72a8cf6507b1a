namespace OneMatter.Server.Tests.Support;

/// <summary>The system clock moved forward by a settable amount: the server, its writer and
/// deadlines all read it, so a test can make a task overdue without waiting days. It only moves
/// forward, so events keep their order. (Hangfire's delayed jobs still wait real time; tests rely
/// on due instants falling into the past, which the read models compare with this clock.)</summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
