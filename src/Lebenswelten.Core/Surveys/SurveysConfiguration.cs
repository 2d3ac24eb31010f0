using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        survey.HasOne<District>().WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.SetNull);
        survey.HasIndex(s => s.SiteId);
        survey.HasIndex(s => s.Code).IsUnique();
        survey.Property(s => s.Code).HasMaxLength(SurveyCodes.Length);
        Texts(survey.Property(s => s.Title));
        Texts(survey.Property(s => s.Introduction));
        Texts(survey.Property(s => s.DistrictReason));
        survey.Property(s => s.TargetGroups).HasConversion<int>();
        survey.Property(s => s.CreatedBy).HasMaxLength(450);
        survey.Property(s => s.WhatWeLearned).HasMaxLength(SurveyOutcomes.MaxTextLength);
        survey.Property(s => s.WhatWeDo).HasMaxLength(SurveyOutcomes.MaxTextLength);
        survey.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>One JSON column per text: every language in it, so a new language needs no migration.</summary>
    internal static void Texts(PropertyBuilder<LocalizedText> property) =>
        property.HasConversion(t => t.ToJson(), json => LocalizedText.FromJson(json),
            new ValueComparer<LocalizedText>((a, b) => a!.ToJson() == b!.ToJson(), t => t.ToJson().GetHashCode(StringComparison.Ordinal),
                t => LocalizedText.FromJson(t.ToJson())));
}

internal sealed class SurveyPartsConfiguration : IEntityTypeConfiguration<SurveyQuestion>, IEntityTypeConfiguration<SurveyOption>,
    IEntityTypeConfiguration<SurveyResponse>, IEntityTypeConfiguration<SurveyAnswer>, IEntityTypeConfiguration<SurveyTicket>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> question)
    {
        SurveyConfiguration.Texts(question.Property(q => q.Text));
        question.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        question.HasIndex(q => new { q.SurveyId, q.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SurveyOption> option)
    {
        SurveyConfiguration.Texts(option.Property(o => o.Text));
        // An indicator deleted later simply stops being fed.
        option.HasOne<Indicator>().WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        // Answers go with their survey (the retention period deletes the survey's answers, issue 24).
        response.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        response.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.SetNull);
        response.Property(r => r.TargetGroup).HasConversion<int?>();
        response.HasIndex(r => r.SurveyId);
        response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.Property(a => a.Text).HasMaxLength(SurveyAnswer.MaxTextLength);
        answer.HasIndex(a => a.QuestionId);
    }

    public void Configure(EntityTypeBuilder<SurveyTicket> ticket)
    {
        ticket.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
        ticket.Property(t => t.CodeHash).HasMaxLength(64);
        ticket.HasIndex(t => new { t.SurveyId, t.CodeHash }).IsUnique();
    }
}
