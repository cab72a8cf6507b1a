namespace OneMatter.Server.Tests.Support;

/// <summary>The system clock moved forward by a settable amount: the server, its writer and
/// deadlines all read it, so a test can make a task overdue without waiting days. It only moves
/// forward, so events keep their order. (Hangfire's delayed jobs still wait real time; tests rely
/// on due instants falling into the past, which the read models compare with this clock.)</summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>A clock that reads <paramref name="instant"/> now, in the past or the future of
    /// the real one (a test about a fixed date must not stop working once that date has passed);
    /// from then on it only moves forward. Set it before a server reads it.</summary>
    public static AdjustableClock StartingAt(DateTimeOffset instant)
    {
        var clock = new AdjustableClock();
        clock._offsetTicks = (instant - TimeProvider.System.GetUtcNow()).Ticks;
        return clock;
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
