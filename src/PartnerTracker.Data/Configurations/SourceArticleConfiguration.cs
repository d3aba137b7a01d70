using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class SourceArticleConfiguration : IEntityTypeConfiguration<SourceArticle>
{
    public void Configure(EntityTypeBuilder<SourceArticle> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.Author).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(SourceArticle.UrlMaxLength);
        builder.HasIndex(s => s.Url).IsUnique();
        builder.HasIndex(s => s.PublishedOn);
        builder.Property(s => s.Language).HasMaxLength(20);
        builder.Property(s => s.Text).HasMaxLength(200_000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_SourceArticles_UrlScheme",
            "Url IS NULL OR Url LIKE 'http://%' OR Url LIKE 'https://%'"));
    }
}
