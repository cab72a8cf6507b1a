using OneMatter.Engine.Benchmarks;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Benchmarks;

/// <summary>The benchmark's workload must measure a real, complete matter.</summary>
public class RuralHousingWorkloadTests
{
    [Fact]
    public void RunOne_GoesFromApplicationToApproval()
    {
        var workload = new RuralHousingWorkload();
        var state = workload.RunOne(1);
        Assert.Equal(MatterStatus.Ended, state.Status);
        Assert.Equal(EndResult.Approved, state.Result);
        Assert.Equal(8, workload.CommandsPerInstance);
        Assert.Empty(state.Timers);
        Assert.Equal("approve", state.Records["approve"].Outcome);
        // Receipt, joint-review opinion sheet, homestead approval, planning permit.
        Assert.Equal(4, state.Documents.Length);
    }
}
