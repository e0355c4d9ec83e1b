namespace Portal.Tenancy.Domain;

/// <summary>A prefecture (州/市): the unit that owns catalogue items and inquiry cases. Host-owned data.</summary>
internal sealed class Tenant
{
    private Tenant()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>URL name (<c>qujing</c>); never changes, because links and host names depend on it.</summary>
    public string Slug { get; private set; } = "";

    /// <summary>Administrative division code (<c>530300</c>); never changes.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: two admins saving at once cannot silently overwrite each other.</summary>
    public Guid Version { get; private set; }

    public static Tenant Create(string slug, string code, string name, string nameEn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Slug = slug,
        Code = code,
        Name = name,
        NameEn = nameEn,
        IsActive = true,
        CreatedAt = now,
        UpdatedAt = now,
        Version = Guid.NewGuid(),
    };

    /// <summary>Renames and enables or disables; returns false when nothing changed.</summary>
    public bool Update(string name, string nameEn, bool isActive, DateTimeOffset now)
    {
        if (Name == name && NameEn == nameEn && IsActive == isActive)
        {
            return false;
        }

        Name = name;
        NameEn = nameEn;
        IsActive = isActive;
        UpdatedAt = now;
        Version = Guid.NewGuid();
        return true;
    }
}
