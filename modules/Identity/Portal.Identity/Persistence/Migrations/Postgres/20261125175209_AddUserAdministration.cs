using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Identity.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddUserAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                schema: "identity",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                schema: "identity",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSignInAt",
                schema: "identity",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                schema: "identity",
                table: "roles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                schema: "identity",
                table: "roles",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForPrefecture",
                schema: "identity",
                table: "roles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDefault",
                schema: "identity",
                table: "roles",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisabledAt",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "IsDisabled",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "LastSignInAt",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "Description",
                schema: "identity",
                table: "roles");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                schema: "identity",
                table: "roles");

            migrationBuilder.DropColumn(
                name: "ForPrefecture",
                schema: "identity",
                table: "roles");

            migrationBuilder.DropColumn(
                name: "IsDefault",
                schema: "identity",
                table: "roles");
        }
    }
}
