using System.Globalization;
using System.Text.RegularExpressions;

namespace OneMatter.Cli.Tests;

public class CompareCommandTests
{
    [Fact]
    public void Compare_LegacyAndReformedRuralHousing_ShowsTheReform()
    {
        var (code, output, error) = Cli.Run("compare", "rural-housing-legacy", "rural-housing");
        Assert.True(code == 0, error + output);
        var row = output.Split('\n').Single(l => l.StartsWith("working days", StringComparison.Ordinal));
        var days = Regex.Matches(row, @"\d+\.\d").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, days.Length);
        var (legacy, reformed) = (days[0], days[1]);
        // Quzhou: 3–6 months before, 7–15 days after.
        Assert.InRange(reformed, 7, 15);
        Assert.True(legacy > 3 * reformed, $"legacy {legacy} vs reformed {reformed}");
        var steps = output.Split('\n').Single(l => l.StartsWith("applicant-visible steps", StringComparison.Ordinal));
        Assert.Matches(@"applicant-visible steps\s+7\s+3", steps);
        Assert.Contains("faster", output, StringComparison.Ordinal);
    }
}
