namespace Portal.Inquiries.Domain;

/// <summary>Field limits, in one place for the validator, the database columns and the messages.</summary>
internal static class InquiryLimits
{
    public const int EnterpriseNameMaxLength = 200;
    public const int ContactNameMaxLength = 50;
    public const int EmailMaxLength = 254;
    public const int MessageMaxLength = 2000;
    public const int NoteMaxLength = 4000;
    public const int ReasonMaxLength = 500;
    public const int MaxPrefectures = 16;
    public const int MaxParks = 10;
    public const int ViewNameMaxLength = 60;
    public const int ViewQueryMaxLength = 500;
    public const int IdempotencyKeyMaxLength = 100;

    /// <summary>1,000 亿元: far above any real project, low enough to catch a slipped unit.</summary>
    public const decimal MaxAmountWan = 10_000_000m;

    public const decimal MaxLandMu = 1_000_000m;
    public const decimal MaxPowerKw = 100_000_000m;
}
