using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Inquiries.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Province = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvestmentWan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    LandMu = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    PowerKw = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    PreferredPrefectures = table.Column<string>(type: "TEXT", nullable: false),
                    PreferredParks = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StageBeforeClose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Waiting = table.Column<bool>(type: "INTEGER", nullable: false),
                    WaitingReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WaitingSince = table.Column<long>(type: "INTEGER", nullable: true),
                    PausedTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgeDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RouteDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RoutedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RouteEscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PossibleDuplicateOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadLetteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "saved_views",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_views", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PrefectureSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StageBeforeClose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RoutedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Waiting = table.Column<bool>(type: "INTEGER", nullable: false),
                    WaitingReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WaitingSince = table.Column<long>(type: "INTEGER", nullable: true),
                    PausedTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactPauseBaselineTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ContactedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ContactEscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FeedbackPauseBaselineTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    FeedbackDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FeedbackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FeedbackEscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementAmountWan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Industrial = table.Column<bool>(type: "INTEGER", nullable: true),
                    InvestorProvince = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LandedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FundsTotalWan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiry_timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inquiry_timeline_inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_timeline_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_funds_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_timeline_CaseId",
                table: "case_timeline",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_timeline_InquiryId_At",
                table: "case_timeline",
                columns: new[] { "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_case_timeline_TenantId",
                table: "case_timeline",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_InquiryId_TenantId",
                table: "cases",
                columns: new[] { "InquiryId", "TenantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_LandedOn",
                table: "cases",
                column: "LandedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_NextDueAt",
                table: "cases",
                column: "NextDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SignedOn",
                table: "cases",
                column: "SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_TenantId",
                table: "cases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_funds_CaseId",
                table: "funds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_funds_ReceivedOn",
                table: "funds",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_funds_TenantId",
                table: "funds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_CreditCode",
                table: "inquiries",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_EmailKey",
                table: "inquiries",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_IdempotencyKey",
                table: "inquiries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_Mobile",
                table: "inquiries",
                column: "Mobile");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_NextDueAt",
                table: "inquiries",
                column: "NextDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_ReceivedAt",
                table: "inquiries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TrackingCode",
                table: "inquiries",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiry_timeline_InquiryId_At",
                table: "inquiry_timeline",
                columns: new[] { "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadLetteredAt_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadLetteredAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_saved_views_OwnerKey_Name",
                table: "saved_views",
                columns: new[] { "OwnerKey", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_timeline");

            migrationBuilder.DropTable(
                name: "funds");

            migrationBuilder.DropTable(
                name: "inquiry_timeline");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "saved_views");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "inquiries");
        }
    }
}
