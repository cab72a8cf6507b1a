namespace OneMatter.Cli.Tests;

public sealed class ReplayCommandTests : IDisposable
{
    private readonly StoredMatters _db = new();

    [Fact]
    public async Task Replay_StoredInstance_MatchesItsSnapshot()
    {
        await _db.AddAsync("A1", 3);

        var (code, output, error) = Cli.Run("replay", "A1", "--database", _db.File);

        Assert.True(code == 0, output + error);
        Assert.Contains("replay to the stored snapshot", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_SnapshotEditedBehindTheLog_ShowsTheDifference_ExitsOne()
    {
        await _db.AddAsync("A1", 1);
        _db.Execute("UPDATE Snapshots SET Json = replace(Json, '\"Status\":0', '\"Status\":1') WHERE InstanceId = 'A1'");

        var (code, output, _) = Cli.Run("replay", "A1", "--database", _db.File);

        Assert.Equal(1, code);
        Assert.Contains("do NOT replay", output, StringComparison.Ordinal);
        Assert.Contains("- ", output, StringComparison.Ordinal);
        Assert.Contains("\"Status\": 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_UnknownInstance_ExitsOne()
    {
        await _db.AddAsync("A1", 0);

        var (code, _, error) = Cli.Run("replay", "nobody", "--database", _db.File);

        Assert.Equal(1, code);
        Assert.Contains("no instance \"nobody\"", error, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
