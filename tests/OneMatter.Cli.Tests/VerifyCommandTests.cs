namespace OneMatter.Cli.Tests;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly StoredMatters _db = new();

    [Fact]
    public async Task Verify_IntactLog_ExitsZero()
    {
        await _db.AddAsync("A1", 2);
        await _db.AddAsync("B1", 0);

        var (code, output, error) = Cli.Run("verify", "--database", _db.File);

        Assert.True(code == 0, output + error);
        Assert.Contains("event chain intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedEvent_ReportsInstanceAndSequence_ExitsOne()
    {
        await _db.AddAsync("A1", 2);
        await _db.AddAsync("B1", 1);
        _db.Execute("UPDATE Events SET Json = replace(Json, 'officer', 'intruder') WHERE InstanceId = 'B1' AND Sequence = (SELECT MAX(Sequence) FROM Events WHERE InstanceId = 'B1' AND Json LIKE '%officer%')");

        var (code, output, _) = Cli.Run("verify", "--database", _db.File);

        Assert.Equal(1, code);
        Assert.Contains("B1 #", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A1 #", output, StringComparison.Ordinal);
        Assert.Contains("1 break(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingDatabaseFile_ExplainsAndDoesNotCreateIt()
    {
        var (code, _, error) = Cli.Run("verify", "--database", _db.File);

        Assert.Equal(2, code);
        Assert.Contains("no database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db.File));
    }

    public void Dispose() => _db.Dispose();
}
