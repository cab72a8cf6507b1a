// Shared by the test projects that remove folders holding SQLite databases (linked, not copied).
using Microsoft.Data.Sqlite;

namespace OneMatter.Testing;

/// <summary>Removes a test's temporary folder that holds SQLite databases.</summary>
internal static class TestFolder
{
    /// <summary>
    /// Releases pooled handles, then deletes the folder. A store's background WAL checkpoint
    /// (started by the test's last commit) may open the database while the folder is being
    /// removed and re-create its -wal and -shm files, which makes the delete fail with "directory
    /// not empty": the delete is retried for a little while, until the checkpoint is done.
    /// </summary>
    public static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        for (var attempt = 0; ; attempt++)
        {
            if (!Directory.Exists(folder))
            {
                return;
            }
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 40)
            {
                Thread.Sleep(50);
            }
        }
    }
}
