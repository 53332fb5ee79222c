using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal static class IvoKolommenExtensies
{
    /// <summary>
    /// The five IVO fields as five text columns with one prefix, e.g. sop_aandacht_en_tijd, and their levels as five
    /// nullable smallints, e.g. sop_aandacht_en_tijd_niveau (NULL = not filled in, as for rows from before the levels).
    /// </summary>
    public static void IvoKolommen(this ComplexPropertyBuilder<IvoVelden> builder, string prefix)
    {
        builder.Property(v => v.AandachtEnTijd).HasColumnName(prefix + "_aandacht_en_tijd");
        builder.Property(v => v.Onderwijsmaterialen).HasColumnName(prefix + "_onderwijsmaterialen");
        builder.Property(v => v.RuimtelijkeOmgeving).HasColumnName(prefix + "_ruimtelijke_omgeving");
        builder.Property(v => v.Expertise).HasColumnName(prefix + "_expertise");
        builder.Property(v => v.SamenwerkingMetAndereInstanties).HasColumnName(prefix + "_samenwerking");
        builder.ComplexProperty(v => v.Niveaus, n =>
        {
            n.Property(v => v.AandachtEnTijd).HasColumnName(prefix + "_aandacht_en_tijd_niveau").HasConversion<short?>();
            n.Property(v => v.Onderwijsmaterialen).HasColumnName(prefix + "_onderwijsmaterialen_niveau").HasConversion<short?>();
            n.Property(v => v.RuimtelijkeOmgeving).HasColumnName(prefix + "_ruimtelijke_omgeving_niveau").HasConversion<short?>();
            n.Property(v => v.Expertise).HasColumnName(prefix + "_expertise_niveau").HasConversion<short?>();
            n.Property(v => v.SamenwerkingMetAndereInstanties).HasColumnName(prefix + "_samenwerking_niveau").HasConversion<short?>();
        });
    }
}
