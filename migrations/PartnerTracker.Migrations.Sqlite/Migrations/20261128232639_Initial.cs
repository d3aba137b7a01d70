using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PartnerTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true, collation: "NOCASE"),
                    OldValue = table.Column<string>(type: "TEXT", nullable: true, collation: "NOCASE"),
                    NewValue = table.Column<string>(type: "TEXT", nullable: true, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                    table.CheckConstraint("CK_AuditEntries_Action", "Action IN ('Insert', 'Update', 'Delete')");
                });

            migrationBuilder.CreateTable(
                name: "Companies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true, collation: "BINARY"),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true, collation: "NOCASE"),
                    Website = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true, collation: "NOCASE"),
                    Ticker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true, collation: "NOCASE"),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true, collation: "NOCASE"),
                    ParentCompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Companies", x => x.Id);
                    table.CheckConstraint("CK_Companies_CountryCode", "CountryCode IS NULL OR (CountryCode LIKE '__' AND CountryCode = UPPER(CountryCode))");
                    table.CheckConstraint("CK_Companies_NotOwnParent", "ParentCompanyId IS NULL OR ParentCompanyId <> Id");
                    table.ForeignKey(
                        name: "FK_Companies_Companies_ParentCompanyId",
                        column: x => x.ParentCompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Currencies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "BINARY"),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Currencies", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true, collation: "NOCASE"),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true, collation: "NOCASE"),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.CheckConstraint("CK_Events_DatePrecision", "DatePrecision IS NULL OR DatePrecision IN ('Day', 'Month', 'Quarter', 'HalfYear', 'Year')");
                    table.CheckConstraint("CK_Events_Kind", "Kind IN ('Meeting', 'Summit', 'PressEvent', 'Interview', 'Conference', 'Other')");
                    table.CheckConstraint("CK_Events_Verification", "Verification IN ('Rumored', 'Reported', 'Confirmed')");
                });

            migrationBuilder.CreateTable(
                name: "SourceArticles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false, collation: "NOCASE"),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true, collation: "NOCASE"),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true, collation: "NOCASE"),
                    Url = table.Column<string>(type: "TEXT", maxLength: 850, nullable: true, collation: "NOCASE"),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetrievedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true, collation: "NOCASE"),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: true, collation: "NOCASE"),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceArticles", x => x.Id);
                    table.CheckConstraint("CK_SourceArticles_UrlScheme", "Url IS NULL OR Url LIKE 'http://%' OR Url LIKE 'https://%'");
                });

            migrationBuilder.CreateTable(
                name: "CompanyAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    NormalizedAlias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompanyAliases_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    NativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true, collation: "NOCASE"),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true, collation: "NOCASE"),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Products",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true, collation: "NOCASE"),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Release = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleasePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true, collation: "BINARY"),
                    ReleaseIsPlanned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Products", x => x.Id);
                    table.CheckConstraint("CK_Products_Kind", "Kind IN ('Application', 'Platform', 'Service', 'Model', 'Hardware', 'Other')");
                    table.CheckConstraint("CK_Products_ReleasePrecision", "ReleasePrecision IS NULL OR ReleasePrecision IN ('Day', 'Month', 'Quarter', 'HalfYear', 'Year')");
                    table.ForeignKey(
                        name: "FK_Products_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FxRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CurrencyCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "BINARY"),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RateToUsd = table.Column<double>(type: "REAL", precision: 28, scale: 12, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FxRates", x => x.Id);
                    table.CheckConstraint("CK_FxRates_RateToUsd", "RateToUsd > 0");
                    table.ForeignKey(
                        name: "FK_FxRates_Currencies_CurrencyCode",
                        column: x => x.CurrencyCode,
                        principalTable: "Currencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventCompanies",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCompanies", x => new { x.EventId, x.CompanyId });
                    table.ForeignKey(
                        name: "FK_EventCompanies_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventCompanies_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventAttendees",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAttendees", x => new { x.EventId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_EventAttendees_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventAttendees_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Deals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true, collation: "NOCASE"),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true, collation: "BINARY"),
                    ValueAmount = table.Column<double>(type: "REAL", nullable: true),
                    ValueCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true, collation: "BINARY"),
                    ValueQualifier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true, collation: "BINARY"),
                    ValueIsEstimated = table.Column<bool>(type: "INTEGER", nullable: true),
                    ValueUsd = table.Column<double>(type: "REAL", nullable: true),
                    FxRateId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true, collation: "BINARY"),
                    ExpectedCloseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedCloseOnPrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true, collation: "BINARY"),
                    ParentDealId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deals", x => x.Id);
                    table.CheckConstraint("CK_Deal_ValueDisclosure", "ValueQualifier IS NULL OR (ValueQualifier = 'Undisclosed' AND ValueAmount IS NULL AND ValueCurrency IS NULL) OR (ValueQualifier <> 'Undisclosed' AND ValueAmount IS NOT NULL AND ValueAmount > 0 AND ValueCurrency IS NOT NULL)");
                    table.CheckConstraint("CK_Deals_AnnouncedOnPrecision", "AnnouncedOnPrecision IS NULL OR AnnouncedOnPrecision IN ('Day', 'Month', 'Quarter', 'HalfYear', 'Year')");
                    table.CheckConstraint("CK_Deals_CountryCode", "CountryCode IS NULL OR (CountryCode LIKE '__' AND CountryCode = UPPER(CountryCode))");
                    table.CheckConstraint("CK_Deals_ExpectedCloseOnPrecision", "ExpectedCloseOnPrecision IS NULL OR ExpectedCloseOnPrecision IN ('Day', 'Month', 'Quarter', 'HalfYear', 'Year')");
                    table.CheckConstraint("CK_Deals_Kind", "Kind IN ('JointVenture', 'StrategicPartnership', 'Investment', 'Acquisition', 'ProductIntegration', 'Supply', 'Licensing', 'ResearchCollaboration', 'Other')");
                    table.CheckConstraint("CK_Deals_NotOwnParent", "ParentDealId IS NULL OR ParentDealId <> Id");
                    table.CheckConstraint("CK_Deals_Stage", "Stage IN ('Rumored', 'InTalks', 'Announced', 'Signed', 'Active', 'Completed', 'Stalled', 'Terminated')");
                    table.CheckConstraint("CK_Deals_ValueQualifier", "ValueQualifier IS NULL OR ValueQualifier IN ('Exact', 'UpTo', 'AtLeast', 'Approximately', 'Undisclosed')");
                    table.CheckConstraint("CK_Deals_ValueUsd", "ValueUsd IS NULL OR (ValueUsd >= 0 AND FxRateId IS NOT NULL)");
                    table.CheckConstraint("CK_Deals_Verification", "Verification IN ('Rumored', 'Reported', 'Confirmed')");
                    table.ForeignKey(
                        name: "FK_Deals_Currencies_ValueCurrency",
                        column: x => x.ValueCurrency,
                        principalTable: "Currencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deals_Deals_ParentDealId",
                        column: x => x.ParentDealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deals_FxRates_FxRateId",
                        column: x => x.FxRateId,
                        principalTable: "FxRates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromDealId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToDealId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealLinks", x => x.Id);
                    table.CheckConstraint("CK_DealLinks_Kind", "Kind IN ('FollowOn', 'Amends', 'Related')");
                    table.CheckConstraint("CK_DealLinks_NotSelf", "FromDealId <> ToDealId");
                    table.ForeignKey(
                        name: "FK_DealLinks_Deals_FromDealId",
                        column: x => x.FromDealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DealLinks_Deals_ToDealId",
                        column: x => x.ToDealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    CommitmentAmount = table.Column<double>(type: "REAL", nullable: true),
                    CommitmentCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true, collation: "BINARY"),
                    CommitmentQualifier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true, collation: "BINARY"),
                    CommitmentIsEstimated = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealParticipants", x => x.Id);
                    table.CheckConstraint("CK_DealParticipant_CommitmentDisclosure", "CommitmentQualifier IS NULL OR (CommitmentQualifier = 'Undisclosed' AND CommitmentAmount IS NULL AND CommitmentCurrency IS NULL) OR (CommitmentQualifier <> 'Undisclosed' AND CommitmentAmount IS NOT NULL AND CommitmentAmount > 0 AND CommitmentCurrency IS NOT NULL)");
                    table.CheckConstraint("CK_DealParticipants_CommitmentQualifier", "CommitmentQualifier IS NULL OR CommitmentQualifier IN ('Exact', 'UpTo', 'AtLeast', 'Approximately', 'Undisclosed')");
                    table.CheckConstraint("CK_DealParticipants_Role", "Role IN ('EquityPartner', 'FinancialLead', 'TechnologyLead', 'TechnologyPartner', 'Customer', 'Supplier', 'Investor', 'Target', 'PotentialPartner')");
                    table.CheckConstraint("CK_DealParticipants_Verification", "Verification IN ('Rumored', 'Reported', 'Confirmed')");
                    table.ForeignKey(
                        name: "FK_DealParticipants_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DealParticipants_Currencies_CommitmentCurrency",
                        column: x => x.CommitmentCurrency,
                        principalTable: "Currencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DealParticipants_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DealPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealPeople", x => x.Id);
                    table.CheckConstraint("CK_DealPeople_Role", "Role IN ('Executive', 'Spokesperson', 'Negotiator', 'Signatory', 'Advisor', 'Other')");
                    table.ForeignKey(
                        name: "FK_DealPeople_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DealPeople_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealProducts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealProducts", x => x.Id);
                    table.CheckConstraint("CK_DealProducts_Role", "Role IN ('IntegratesPartnerTechnology', 'DeployedAtPartner', 'CoDeveloped', 'Supplied', 'Licensed', 'Other')");
                    table.ForeignKey(
                        name: "FK_DealProducts_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DealProducts_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventDeals",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    DealId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventDeals", x => new { x.EventId, x.DealId });
                    table.ForeignKey(
                        name: "FK_EventDeals_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventDeals_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true, collation: "BINARY"),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveOnPrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceArticleId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageChanges", x => x.Id);
                    table.CheckConstraint("CK_StageChanges_EffectiveOnPrecision", "EffectiveOnPrecision IS NULL OR EffectiveOnPrecision IN ('Day', 'Month', 'Quarter', 'HalfYear', 'Year')");
                    table.CheckConstraint("CK_StageChanges_FromStage", "FromStage IS NULL OR FromStage IN ('Rumored', 'InTalks', 'Announced', 'Signed', 'Active', 'Completed', 'Stalled', 'Terminated')");
                    table.CheckConstraint("CK_StageChanges_ToStage", "ToStage IN ('Rumored', 'InTalks', 'Announced', 'Signed', 'Active', 'Completed', 'Stalled', 'Terminated')");
                    table.ForeignKey(
                        name: "FK_StageChanges_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StageChanges_SourceArticles_SourceArticleId",
                        column: x => x.SourceArticleId,
                        principalTable: "SourceArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Citations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false, collation: "NOCASE"),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, collation: "BINARY"),
                    DealId = table.Column<int>(type: "INTEGER", nullable: true),
                    DealParticipantId = table.Column<int>(type: "INTEGER", nullable: true),
                    DealPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DealProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    StageChangeId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => x.Id);
                    table.CheckConstraint("CK_Citations_Quote", "Quote <> ''");
                    table.CheckConstraint("CK_Citations_Subject", "Subject IN ('Deal', 'DealValue', 'DealDate', 'Participant', 'DealPerson', 'DealProduct', 'StageChange', 'Event', 'Company', 'Person', 'Product')");
                    table.CheckConstraint("CK_Citations_Target", "(Subject = 'Deal' AND DealId IS NOT NULL) OR (Subject = 'DealValue' AND DealId IS NOT NULL) OR (Subject = 'DealDate' AND DealId IS NOT NULL) OR (Subject = 'Participant' AND DealId IS NOT NULL AND DealParticipantId IS NOT NULL) OR (Subject = 'DealPerson' AND DealId IS NOT NULL AND DealPersonId IS NOT NULL) OR (Subject = 'DealProduct' AND DealId IS NOT NULL AND DealProductId IS NOT NULL) OR (Subject = 'StageChange' AND DealId IS NOT NULL AND StageChangeId IS NOT NULL) OR (Subject = 'Event' AND EventId IS NOT NULL) OR (Subject = 'Company' AND CompanyId IS NOT NULL) OR (Subject = 'Person' AND PersonId IS NOT NULL) OR (Subject = 'Product' AND ProductId IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Citations_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_DealParticipants_DealParticipantId",
                        column: x => x.DealParticipantId,
                        principalTable: "DealParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_DealPeople_DealPersonId",
                        column: x => x.DealPersonId,
                        principalTable: "DealPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_DealProducts_DealProductId",
                        column: x => x.DealProductId,
                        principalTable: "DealProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_SourceArticles_SourceArticleId",
                        column: x => x.SourceArticleId,
                        principalTable: "SourceArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_StageChanges_StageChangeId",
                        column: x => x.StageChangeId,
                        principalTable: "StageChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Currencies",
                columns: new[] { "Code", "Name" },
                values: new object[,]
                {
                    { "AED", "UAE dirham" },
                    { "ARS", "Argentine peso" },
                    { "AUD", "Australian dollar" },
                    { "BRL", "Brazilian real" },
                    { "CAD", "Canadian dollar" },
                    { "CHF", "Swiss franc" },
                    { "CLP", "Chilean peso" },
                    { "CNY", "Chinese yuan renminbi" },
                    { "COP", "Colombian peso" },
                    { "CZK", "Czech koruna" },
                    { "DKK", "Danish krone" },
                    { "EGP", "Egyptian pound" },
                    { "EUR", "Euro" },
                    { "GBP", "Pound sterling" },
                    { "HKD", "Hong Kong dollar" },
                    { "HUF", "Hungarian forint" },
                    { "IDR", "Indonesian rupiah" },
                    { "ILS", "Israeli new shekel" },
                    { "INR", "Indian rupee" },
                    { "JPY", "Japanese yen" },
                    { "KRW", "South Korean won" },
                    { "KWD", "Kuwaiti dinar" },
                    { "MXN", "Mexican peso" },
                    { "MYR", "Malaysian ringgit" },
                    { "NGN", "Nigerian naira" },
                    { "NOK", "Norwegian krone" },
                    { "NZD", "New Zealand dollar" },
                    { "PHP", "Philippine peso" },
                    { "PLN", "Polish zloty" },
                    { "QAR", "Qatari riyal" },
                    { "RUB", "Russian ruble" },
                    { "SAR", "Saudi riyal" },
                    { "SEK", "Swedish krona" },
                    { "SGD", "Singapore dollar" },
                    { "THB", "Thai baht" },
                    { "TRY", "Turkish lira" },
                    { "TWD", "New Taiwan dollar" },
                    { "USD", "US dollar" },
                    { "VND", "Vietnamese dong" },
                    { "ZAR", "South African rand" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Citations_CompanyId",
                table: "Citations",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DealId",
                table: "Citations",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DealParticipantId",
                table: "Citations",
                column: "DealParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DealPersonId",
                table: "Citations",
                column: "DealPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DealProductId",
                table: "Citations",
                column: "DealProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_EventId",
                table: "Citations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_PersonId",
                table: "Citations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_ProductId",
                table: "Citations",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_SourceArticleId",
                table: "Citations",
                column: "SourceArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StageChangeId",
                table: "Citations",
                column: "StageChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_CountryCode",
                table: "Companies",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Name",
                table: "Companies",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_NormalizedName",
                table: "Companies",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Companies_ParentCompanyId",
                table: "Companies",
                column: "ParentCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Sector",
                table: "Companies",
                column: "Sector");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyAliases_CompanyId",
                table: "CompanyAliases",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyAliases_NormalizedAlias",
                table: "CompanyAliases",
                column: "NormalizedAlias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealLinks_FromDealId_ToDealId_Kind",
                table: "DealLinks",
                columns: new[] { "FromDealId", "ToDealId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealLinks_ToDealId",
                table: "DealLinks",
                column: "ToDealId");

            migrationBuilder.CreateIndex(
                name: "IX_DealParticipants_CommitmentCurrency",
                table: "DealParticipants",
                column: "CommitmentCurrency");

            migrationBuilder.CreateIndex(
                name: "IX_DealParticipants_CompanyId",
                table: "DealParticipants",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_DealParticipants_DealId_CompanyId_Role",
                table: "DealParticipants",
                columns: new[] { "DealId", "CompanyId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealPeople_DealId_PersonId_Role",
                table: "DealPeople",
                columns: new[] { "DealId", "PersonId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealPeople_PersonId",
                table: "DealPeople",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DealProducts_DealId_ProductId_Role",
                table: "DealProducts",
                columns: new[] { "DealId", "ProductId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealProducts_ProductId",
                table: "DealProducts",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_AnnouncedOn",
                table: "Deals",
                column: "AnnouncedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_FxRateId",
                table: "Deals",
                column: "FxRateId");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Kind",
                table: "Deals",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Name",
                table: "Deals",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ParentDealId",
                table: "Deals",
                column: "ParentDealId");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Stage",
                table: "Deals",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ValueCurrency",
                table: "Deals",
                column: "ValueCurrency");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ValueUsd",
                table: "Deals",
                column: "ValueUsd");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Verification",
                table: "Deals",
                column: "Verification");

            migrationBuilder.CreateIndex(
                name: "IX_EventAttendees_PersonId",
                table: "EventAttendees",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EventCompanies_CompanyId",
                table: "EventCompanies",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_EventDeals_DealId",
                table: "EventDeals",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date",
                table: "Events",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FxRates_CurrencyCode_Date",
                table: "FxRates",
                columns: new[] { "CurrencyCode", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_CompanyId",
                table: "People",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_People_FullName",
                table: "People",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "IX_Products_CompanyId_Name",
                table: "Products",
                columns: new[] { "CompanyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourceArticles_PublishedOn",
                table: "SourceArticles",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SourceArticles_Url",
                table: "SourceArticles",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_DealId",
                table: "StageChanges",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_EffectiveOn",
                table: "StageChanges",
                column: "EffectiveOn");

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_RecordedAtUtc",
                table: "StageChanges",
                column: "RecordedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_SourceArticleId",
                table: "StageChanges",
                column: "SourceArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "CompanyAliases");

            migrationBuilder.DropTable(
                name: "DealLinks");

            migrationBuilder.DropTable(
                name: "EventAttendees");

            migrationBuilder.DropTable(
                name: "EventCompanies");

            migrationBuilder.DropTable(
                name: "EventDeals");

            migrationBuilder.DropTable(
                name: "DealParticipants");

            migrationBuilder.DropTable(
                name: "DealPeople");

            migrationBuilder.DropTable(
                name: "DealProducts");

            migrationBuilder.DropTable(
                name: "StageChanges");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Products");

            migrationBuilder.DropTable(
                name: "Deals");

            migrationBuilder.DropTable(
                name: "SourceArticles");

            migrationBuilder.DropTable(
                name: "Companies");

            migrationBuilder.DropTable(
                name: "FxRates");

            migrationBuilder.DropTable(
                name: "Currencies");
        }
    }
}
