namespace OneMatter.Engine.Definitions;

/// <summary>How a matter ended.</summary>
public enum EndResult
{
    /// <summary>准予 / 办结: granted or handled.</summary>
    Approved,
    /// <summary>不予许可 / 驳回: refused.</summary>
    Rejected,
    /// <summary>撤回: the applicant withdrew.</summary>
    Withdrawn,
    /// <summary>关闭: closed (cancelled, or a governance case closed).</summary>
    Closed,
}
