namespace OneMatter.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void NoArguments_PrintsUsageAndExitsTwo()
    {
        var (code, output, _) = Cli.Run();
        Assert.Equal(2, code);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommandOrOption_ExitsTwoWithAMessage()
    {
        var (code, _, error) = Cli.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command \"frobnicate\"", error, StringComparison.Ordinal);
        var (optionCode, _, optionError) = Cli.Run("simulate", "rural-housing", "--speed", "fast");
        Assert.Equal(2, optionCode);
        Assert.Contains("unknown option --speed", optionError, StringComparison.Ordinal);
    }
}
