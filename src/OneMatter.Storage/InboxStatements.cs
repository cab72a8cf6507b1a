using Microsoft.EntityFrameworkCore;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>
/// An <see cref="InboxView"/> compiled for one read model. EF Core otherwise hashes the expression
/// tree, looks it up in its query cache and extracts its parameters on every call: a profile of the
/// inbox page showed that as much of its CPU, with the SQL itself under a millisecond. A compiled
/// query serves one model, i.e. one provider, and a process may use both: hence per read model,
/// not static.
/// </summary>
internal sealed class InboxStatements(InboxView view)
{
    public Func<MatterDbContext, string, string, long, long, CancellationToken, Task<int>> CountDated { get; } =
        EF.CompileAsyncQuery(view.CountDated);

    public Func<MatterDbContext, string, string, long, long, CancellationToken, Task<int>> CountUndated { get; } =
        EF.CompileAsyncQuery(view.CountUndated);

    public Func<MatterDbContext, string, string, long, long, int, int, IAsyncEnumerable<TaskRow>> PageDated { get; } =
        EF.CompileAsyncQuery(view.PageDated);

    public Func<MatterDbContext, string, string, long, long, int, int, IAsyncEnumerable<TaskRow>> PageUndated { get; } =
        EF.CompileAsyncQuery(view.PageUndated);
}
