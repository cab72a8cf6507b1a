using Hangfire;
using OneMatter.Runtime;

namespace OneMatter.Scheduling;

/// <summary>
/// Lets Hangfire build <see cref="TimerJob"/> without a DI container: the job needs the writer and
/// the scheduler, which Hangfire's default activator (a parameterless constructor) cannot supply.
/// One job instance serves every run; it holds no per-run state.
/// </summary>
public sealed class TimerJobActivator : JobActivator
{
    private readonly TimerJob _job;

    /// <summary>Creates the activator.</summary>
    /// <param name="writer">Where timer jobs submit <c>FireTimer</c>.</param>
    /// <param name="scheduler">Where an early run schedules its replacement.</param>
    /// <param name="time">The clock jobs check due instants against.</param>
    public TimerJobActivator(CommandWriter writer, TimerJobScheduler scheduler, TimeProvider? time = null)
    {
        _job = new TimerJob(writer, scheduler, time);
    }

    /// <summary>The job instance handed out.</summary>
    public TimerJob Job => _job;

    /// <inheritdoc />
    public override object ActivateJob(Type jobType)
    {
        ArgumentNullException.ThrowIfNull(jobType);
        return jobType == typeof(TimerJob)
            ? _job
            // Any other job type is not ours; fall back to Hangfire's parameterless construction.
            : base.ActivateJob(jobType);
    }
}
