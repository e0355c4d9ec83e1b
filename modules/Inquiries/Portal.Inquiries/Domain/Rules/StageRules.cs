using Portal.Inquiries.Contracts;

namespace Portal.Inquiries.Domain.Rules;

/// <summary>A project lands only after its agreement was signed.</summary>
internal sealed class LandingRequiresSigning(string currentStage) : IBusinessRule
{
    public bool IsBroken() => currentStage != InquiryStages.Signed;

    public RuleViolation Violation => new(null, "LandingRequiresSigning", "inquiries.landing-requires-signing", currentStage);
}

/// <summary>Funds in place are recorded only for a signed (or landed) project.</summary>
internal sealed class FundsRequireSigning(string currentStage) : IBusinessRule
{
    public bool IsBroken() => currentStage is not (InquiryStages.Signed or InquiryStages.Landed);

    public RuleViolation Violation => new(null, "FundsRequireSigning", "inquiries.funds-require-signing", currentStage);
}

/// <summary>A case moves forward through the pipeline; it never goes back to an earlier stage.</summary>
internal sealed class StageCannotGoBack(string currentStage, string targetStage) : IBusinessRule
{
    public bool IsBroken() => StageOrder.Of(targetStage) <= StageOrder.Of(currentStage);

    public RuleViolation Violation => new(null, "StageCannotGoBack", "inquiries.stage-cannot-go-back", currentStage, targetStage);
}

/// <summary>Closed is final; only the bureau reopens, and only to the stage it was closed at.</summary>
internal sealed class ClosedIsFinal(string currentStage) : IBusinessRule
{
    public bool IsBroken() => currentStage == InquiryStages.Closed;

    public RuleViolation Violation => new(null, "ClosedIsFinal", "inquiries.closed-is-final");
}

/// <summary>A landed project is a result the statistics count: it is not closed afterwards.</summary>
internal sealed class LandedCannotBeClosed(string currentStage) : IBusinessRule
{
    public bool IsBroken() => currentStage == InquiryStages.Landed;

    public RuleViolation Violation => new(null, "LandedCannotBeClosed", "inquiries.landed-cannot-be-closed");
}

/// <summary>A prefecture that signed keeps its case: re-routing cannot withdraw it.</summary>
internal sealed class SignedCaseCannotBeWithdrawn(string currentStage, string prefecture) : IBusinessRule
{
    public bool IsBroken() => currentStage is InquiryStages.Signed or InquiryStages.Landed;

    public RuleViolation Violation => new(null, "SignedCaseCannotBeWithdrawn", "inquiries.signed-case-cannot-be-withdrawn", prefecture);
}

/// <summary>An inquiry merged into another one is read-only; work goes on in the surviving inquiry.</summary>
internal sealed class MergedInquiryIsReadOnly(Guid? mergedIntoId) : IBusinessRule
{
    public bool IsBroken() => mergedIntoId is not null;

    public RuleViolation Violation => new(null, "MergedInquiryIsReadOnly", "inquiries.merged-read-only");
}

/// <summary>A stage a case (or an unrouted inquiry) can be set to by this action.</summary>
internal sealed class StageMustBeReachable(string targetStage, IReadOnlyList<string> reachable) : IBusinessRule
{
    public bool IsBroken() => !reachable.Contains(targetStage, StringComparer.Ordinal);

    public RuleViolation Violation => new(null, "StageNotReachable", "inquiries.stage-not-reachable", targetStage);
}

/// <summary>The pipeline order of the stages, <c>closed</c> outside it.</summary>
internal static class StageOrder
{
    public static int Of(string stage) => stage switch
    {
        InquiryStages.Received => 0,
        InquiryStages.Triaged => 1,
        InquiryStages.Routed => 2,
        InquiryStages.Contacted => 3,
        InquiryStages.Visited => 4,
        InquiryStages.Signed => 5,
        InquiryStages.Landed => 6,
        _ => -1,
    };
}
