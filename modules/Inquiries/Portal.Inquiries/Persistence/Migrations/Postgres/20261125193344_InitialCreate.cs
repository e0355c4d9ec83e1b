using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Inquiries.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inquiries");

            migrationBuilder.CreateTable(
                name: "inquiries",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Province = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Mobile = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    EmailKey = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Chain = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvestmentWan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    LandMu = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    PowerKw = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    PreferredPrefectures = table.Column<List<string>>(type: "text[]", nullable: false),
                    PreferredParks = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CloseReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StageBeforeClose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Waiting = table.Column<bool>(type: "boolean", nullable: false),
                    WaitingReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PausedTicks = table.Column<long>(type: "bigint", nullable: false),
                    AcknowledgeDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RouteDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RoutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RouteEscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PossibleDuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeadLetteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "saved_views",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_views", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    PrefectureSlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CloseReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StageBeforeClose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RoutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Waiting = table.Column<bool>(type: "boolean", nullable: false),
                    WaitingReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PausedTicks = table.Column<long>(type: "bigint", nullable: false),
                    ContactPauseBaselineTicks = table.Column<long>(type: "bigint", nullable: false),
                    ContactDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContactedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContactEscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FeedbackPauseBaselineTicks = table.Column<long>(type: "bigint", nullable: false),
                    FeedbackDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FeedbackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FeedbackEscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementAmountWan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Sector = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Industrial = table.Column<bool>(type: "boolean", nullable: true),
                    InvestorProvince = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LandedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FundsTotalWan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalSchema: "inquiries",
                        principalTable: "inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_timeline",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Public = table.Column<bool>(type: "boolean", nullable: false),
                    DataJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiry_timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inquiry_timeline_inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalSchema: "inquiries",
                        principalTable: "inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_timeline",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Public = table.Column<bool>(type: "boolean", nullable: false),
                    DataJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_timeline_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inquiries",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "funds",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmountWan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_funds_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inquiries",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_timeline_CaseId",
                schema: "inquiries",
                table: "case_timeline",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_timeline_InquiryId_At",
                schema: "inquiries",
                table: "case_timeline",
                columns: new[] { "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_case_timeline_TenantId",
                schema: "inquiries",
                table: "case_timeline",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_InquiryId_TenantId",
                schema: "inquiries",
                table: "cases",
                columns: new[] { "InquiryId", "TenantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_LandedOn",
                schema: "inquiries",
                table: "cases",
                column: "LandedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_NextDueAt",
                schema: "inquiries",
                table: "cases",
                column: "NextDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SignedOn",
                schema: "inquiries",
                table: "cases",
                column: "SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_TenantId",
                schema: "inquiries",
                table: "cases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_funds_CaseId",
                schema: "inquiries",
                table: "funds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_funds_ReceivedOn",
                schema: "inquiries",
                table: "funds",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_funds_TenantId",
                schema: "inquiries",
                table: "funds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_CreditCode",
                schema: "inquiries",
                table: "inquiries",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_EmailKey",
                schema: "inquiries",
                table: "inquiries",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_IdempotencyKey",
                schema: "inquiries",
                table: "inquiries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_Mobile",
                schema: "inquiries",
                table: "inquiries",
                column: "Mobile");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_NextDueAt",
                schema: "inquiries",
                table: "inquiries",
                column: "NextDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_ReceivedAt",
                schema: "inquiries",
                table: "inquiries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TrackingCode",
                schema: "inquiries",
                table: "inquiries",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiry_timeline_InquiryId_At",
                schema: "inquiries",
                table: "inquiry_timeline",
                columns: new[] { "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadLetteredAt_NextAttemptAt",
                schema: "inquiries",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadLetteredAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_saved_views_OwnerKey_Name",
                schema: "inquiries",
                table: "saved_views",
                columns: new[] { "OwnerKey", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_timeline",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "funds",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "inquiry_timeline",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "saved_views",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "inquiries",
                schema: "inquiries");
        }
    }
}
