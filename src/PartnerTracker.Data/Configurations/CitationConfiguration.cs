using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    /// <summary>The reference each kind of fact must carry. Every deal-related citation also names its deal.</summary>
    private static readonly Dictionary<CitationSubject, string[]> RequiredTargets = new()
    {
        [CitationSubject.Deal] = ["DealId"],
        [CitationSubject.DealValue] = ["DealId"],
        [CitationSubject.DealDate] = ["DealId"],
        [CitationSubject.Participant] = ["DealId", "DealParticipantId"],
        [CitationSubject.DealPerson] = ["DealId", "DealPersonId"],
        [CitationSubject.DealProduct] = ["DealId", "DealProductId"],
        [CitationSubject.StageChange] = ["DealId", "StageChangeId"],
        [CitationSubject.Event] = ["EventId"],
        [CitationSubject.Company] = ["CompanyId"],
        [CitationSubject.Person] = ["PersonId"],
        [CitationSubject.Product] = ["ProductId"],
    };

    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.Property(c => c.Quote).HasMaxLength(Citation.QuoteMaxLength);
        builder.HasIndex(c => c.SourceArticleId);
        builder.HasIndex(c => c.DealId);
        builder.HasIndex(c => c.DealParticipantId);
        builder.HasIndex(c => c.EventId);
        builder.HasIndex(c => c.CompanyId);

        // Citations never cascade: SQL Server refuses multiple cascade paths, and provenance must not vanish
        // as a side effect. Deleting a cited fact removes its citations explicitly.
        builder.HasOne(c => c.SourceArticle).WithMany(s => s.Citations).HasForeignKey(c => c.SourceArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Deal).WithMany(d => d.Citations).HasForeignKey(c => c.DealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.DealParticipant).WithMany(p => p.Citations).HasForeignKey(c => c.DealParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.DealPerson).WithMany().HasForeignKey(c => c.DealPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.DealProduct).WithMany().HasForeignKey(c => c.DealProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.StageChange).WithMany().HasForeignKey(c => c.StageChangeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Event).WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Company).WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Product).WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);

        var rules = RequiredTargets.Select(r =>
            $"(Subject = '{r.Key}' AND {string.Join(" AND ", r.Value.Select(column => column + " IS NOT NULL"))})");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Citations_Target", string.Join(" OR ", rules));
            t.HasCheckConstraint("CK_Citations_Quote", "Quote <> ''");
        });
    }
}
