using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Interpreter;

/// <summary>Officers' attachments on a task: recorded like a comment, never moving the flow.</summary>
internal sealed partial class Decider
{
    /// <summary>Most files one command may attach; more is a client error, not a case to serve.</summary>
    private const int MaxFilesPerAttach = 50;

    private void Attach(AttachFiles command)
    {
        var task = OpenTask(command.TaskId);
        if (_actor.Kind is not (ActorKind.Officer or ActorKind.Admin))
        {
            // Applicants hand in files through the form (申请, 补正), not on officers' tasks.
            Reject(RejectionCode.NotYourTask, "只有办理单位人员可以在任务上添加附件 (only officers attach files to a task)");
        }
        // As for comments: a unit holding work in the matter, or the lead unit, is involved.
        var involved = _actor.Kind == ActorKind.Admin || IsLeadOfficer
            || _state.Tasks.Any(t => t.Items.Any(i => i.Unit is not null && i.Unit == _actor.Unit));
        if (!involved)
        {
            Reject(RejectionCode.NotYourTask, "您未参与该事项 (you are not involved in this matter)");
        }
        if (command.Files.Count == 0)
        {
            Reject(RejectionCode.InvalidField, "请至少添加一个附件 (attach at least one file)", "attachments");
        }
        if (command.Files.Count > MaxFilesPerAttach)
        {
            Reject(RejectionCode.InvalidField, $"一次最多添加 {MaxFilesPerAttach} 个附件 (at most {MaxFilesPerAttach} files at once)", "attachments");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in command.Files)
        {
            if (string.IsNullOrWhiteSpace(file.Id) || string.IsNullOrWhiteSpace(file.Name) || !IsSha256(file.Sha256) || file.Size <= 0)
            {
                Reject(RejectionCode.InvalidField, "附件信息不完整 (a file lacks its id, name, SHA-256 or size)", "attachments");
            }
            if (!seen.Add(file.Id))
            {
                Reject(RejectionCode.InvalidField, $"附件 {file.Id} 重复 (file {file.Id} given twice)", "attachments");
            }
        }
        Emit(new FilesAttached { At = Now, Actor = Who, Unit = WhoUnit, Task = task.Id, Files = [.. command.Files] });
    }

    /// <summary>64 lower-case hex digits, as the store computes them.</summary>
    private static bool IsSha256(string? value)
    {
        if (value is not { Length: 64 })
        {
            return false;
        }
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }
}
