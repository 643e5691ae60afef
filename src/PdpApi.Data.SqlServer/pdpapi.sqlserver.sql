IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE TABLE [Clusters] (
        [Id] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Activity] nvarchar(200) NOT NULL,
        [Outputs] nvarchar(200) NOT NULL,
        [Sector] nvarchar(40) NOT NULL,
        [SearchText] nvarchar(1000) NOT NULL,
        [Location_District] nvarchar(100) NULL,
        [Location_Locality] nvarchar(100) NULL,
        [Location_PlaceAsPrinted] nvarchar(200) NULL,
        [Location_Province] nvarchar(100) NULL,
        [Location_RegionBasis] nvarchar(40) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_Clusters] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE TABLE [SeedStates] (
        [Id] int NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [LoadedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SeedStates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE TABLE [Sources] (
        [Id] nvarchar(40) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Label] nvarchar(40) NOT NULL,
        [Title] nvarchar(400) NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        [PaperLine] int NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_Sources] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE TABLE [ClusterRegions] (
        [ClusterId] int NOT NULL,
        [Key] nvarchar(60) NOT NULL,
        [Name] nvarchar(60) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_ClusterRegions] PRIMARY KEY ([ClusterId], [Key]),
        CONSTRAINT [FK_ClusterRegions_Clusters_ClusterId] FOREIGN KEY ([ClusterId]) REFERENCES [Clusters] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE TABLE [TableNotes] (
        [Id] int NOT NULL,
        [SourceId] nvarchar(40) NOT NULL,
        [Marker] nvarchar(20) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [PaperLine] int NOT NULL,
        CONSTRAINT [PK_TableNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TableNotes_Sources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [Sources] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ClusterRegions_Key] ON [ClusterRegions] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Clusters_Sector] ON [Clusters] ([Sector]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TableNotes_SourceId_Marker] ON [TableNotes] ([SourceId], [Marker]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040126_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129040126_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042253_Tariffs'
)
BEGIN
    CREATE TABLE [SectorProtection] (
        [Id] int NOT NULL,
        [SectorId] nvarchar(80) NOT NULL,
        [Sector] nvarchar(120) NOT NULL,
        [SectorPosition] int NOT NULL,
        [IsAverage] bit NOT NULL,
        [Measure] nvarchar(40) NOT NULL,
        [Component] nvarchar(40) NULL,
        [ValuePercent] float NULL,
        [ValueAsPrinted] nvarchar(40) NULL,
        [NullReason] nvarchar(40) NULL,
        [SectorFootnoteMarkers] nvarchar(40) NULL,
        [SearchText] nvarchar(300) NOT NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_SectorProtection] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042253_Tariffs'
)
BEGIN
    CREATE TABLE [TariffSchedules] (
        [Id] nvarchar(20) NOT NULL,
        [DateAsPrinted] nvarchar(40) NOT NULL,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [AverageAdValoremPercent] float NOT NULL,
        [StandardDeviationPoints] float NOT NULL,
        [MaximumWithSurchargesPercent] float NOT NULL,
        [TotalLines] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_TariffSchedules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042253_Tariffs'
)
BEGIN
    CREATE TABLE [TariffScheduleLines] (
        [ScheduleId] nvarchar(20) NOT NULL,
        [RatePercent] float NOT NULL,
        [Lines] int NOT NULL,
        CONSTRAINT [PK_TariffScheduleLines] PRIMARY KEY ([ScheduleId], [RatePercent]),
        CONSTRAINT [FK_TariffScheduleLines_TariffSchedules_ScheduleId] FOREIGN KEY ([ScheduleId]) REFERENCES [TariffSchedules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042253_Tariffs'
)
BEGIN
    CREATE INDEX [IX_SectorProtection_SectorId_Measure] ON [SectorProtection] ([SectorId], [Measure]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042253_Tariffs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129042253_Tariffs', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    CREATE TABLE [ProtectionGrowthCorrelations] (
        [Id] int NOT NULL,
        [Measure] nvarchar(40) NOT NULL,
        [Coefficient] float NULL,
        [CoefficientAsPrinted] nvarchar(40) NOT NULL,
        [Observations] int NULL,
        [SignificantAt5Percent] bit NOT NULL,
        [NullReason] nvarchar(40) NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_ProtectionGrowthCorrelations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    CREATE TABLE [SectorGroups] (
        [Id] nvarchar(80) NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Position] int NOT NULL,
        [NameA6AsPrinted] nvarchar(120) NOT NULL,
        [NameA7AsPrinted] nvarchar(120) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_SectorGroups] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    CREATE TABLE [TariffBandShares] (
        [Id] int NOT NULL,
        [BandId] nvarchar(20) NOT NULL,
        [BandAsPrinted] nvarchar(40) NULL,
        [LowerExclusivePercent] float NULL,
        [UpperInclusivePercent] float NULL,
        [Year] int NOT NULL,
        [SectorGroupId] nvarchar(80) NOT NULL,
        [SharePercent] float NULL,
        [ShareAsPrinted] nvarchar(40) NULL,
        [Placement] nvarchar(40) NOT NULL,
        [NullReason] nvarchar(40) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_TariffBandShares] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TariffBandShares_SectorGroups_SectorGroupId] FOREIGN KEY ([SectorGroupId]) REFERENCES [SectorGroups] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    CREATE TABLE [TariffStructure] (
        [Id] int NOT NULL,
        [Indicator] nvarchar(40) NOT NULL,
        [SectorGroupId] nvarchar(80) NOT NULL,
        [Value] float NOT NULL,
        [ValueAsPrinted] nvarchar(40) NOT NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_TariffStructure] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TariffStructure_SectorGroups_SectorGroupId] FOREIGN KEY ([SectorGroupId]) REFERENCES [SectorGroups] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    CREATE INDEX [IX_TariffBandShares_SectorGroupId] ON [TariffBandShares] ([SectorGroupId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    CREATE INDEX [IX_TariffStructure_SectorGroupId] ON [TariffStructure] ([SectorGroupId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043001_TariffStructure'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129043001_TariffStructure', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043848_TariffChronology'
)
BEGIN
    CREATE TABLE [PriceBandProducts] (
        [Id] nvarchar(40) NOT NULL,
        [ProductGroup] nvarchar(60) NOT NULL,
        [HsProducts] nvarchar(200) NULL,
        [Status] nvarchar(40) NOT NULL,
        [StatusYear] int NOT NULL,
        [StatusMonth] int NULL,
        [AdValoremEquivalent1999Percent] float NULL,
        [AdValoremEquivalent1999AsPrinted] nvarchar(40) NULL,
        [EquivalentNullReason] nvarchar(40) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_PriceBandProducts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043848_TariffChronology'
)
BEGIN
    CREATE TABLE [TariffChanges] (
        [Id] nvarchar(80) NOT NULL,
        [Item] nvarchar(10) NULL,
        [Position] int NOT NULL,
        [Year] int NULL,
        [Month] int NULL,
        [Day] int NULL,
        [Instrument] nvarchar(40) NULL,
        [InstrumentNumber] nvarchar(40) NULL,
        [Description] nvarchar(1000) NOT NULL,
        [RatesPercent] nvarchar(60) NULL,
        [LinesAffected] int NULL,
        [LinesAffectedAsPrinted] nvarchar(200) NULL,
        [LinesAffectedSharePercent] float NULL,
        [SearchText] nvarchar(1200) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_TariffChanges] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129043848_TariffChronology'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129043848_TariffChronology', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [FreeZones] (
        [Key] int NOT NULL,
        [Id] nvarchar(80) NULL,
        [Reading] nvarchar(20) NOT NULL,
        [PreferredReading] bit NOT NULL,
        [NameAsPrinted] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Location] nvarchar(100) NULL,
        [Region] nvarchar(60) NULL,
        [CreatedByInstrument] nvarchar(200) NULL,
        [InstrumentNumber] nvarchar(60) NULL,
        [InstrumentDateAsPrinted] nvarchar(100) NULL,
        [CreatedYear] int NULL,
        [CreatedMonth] int NULL,
        [CreatedDay] int NULL,
        [OperatingUntilYear] int NULL,
        [Benefits] nvarchar(2000) NULL,
        [BenefitsEndYear] int NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_FreeZones] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [IncentiveRules] (
        [Id] nvarchar(80) NOT NULL,
        [Regime] nvarchar(20) NOT NULL,
        [Position] int NOT NULL,
        [ZoneIds] nvarchar(200) NULL,
        [RuleType] nvarchar(40) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Value] float NULL,
        [ValueUnit] nvarchar(60) NULL,
        [ValueAsPrinted] nvarchar(200) NULL,
        [Bound] nvarchar(20) NULL,
        [ValidFromYear] int NULL,
        [ValidToYear] int NULL,
        [InForceAsOfYear] int NULL,
        [Instrument] nvarchar(100) NULL,
        [InstrumentNumber] nvarchar(60) NULL,
        [InstrumentDateAsPrinted] nvarchar(100) NULL,
        [InstrumentYear] int NULL,
        [InstrumentMonth] int NULL,
        [InstrumentDay] int NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_IncentiveRules] PRIMARY KEY ([Regime], [Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [IncentiveTradeValues] (
        [Id] int NOT NULL,
        [Dataset] nvarchar(40) NOT NULL,
        [SectorId] nvarchar(80) NOT NULL,
        [SectorAsPrinted] nvarchar(120) NOT NULL,
        [ParentSectorId] nvarchar(80) NULL,
        [SectorPosition] int NOT NULL,
        [Measure] nvarchar(80) NOT NULL,
        [IsPeriodAverage] bit NULL,
        [Value] float NULL,
        [ValueAsPrinted] nvarchar(40) NULL,
        [NullReason] nvarchar(40) NULL,
        [PrintedColumn] nvarchar(60) NULL,
        [Placement] nvarchar(20) NOT NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_IncentiveTradeValues] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [NtbCountries] (
        [Id] nvarchar(40) NOT NULL,
        [Name] nvarchar(80) NOT NULL,
        [NameAsPrinted] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        [AgricultureFoodSharePercent] float NOT NULL,
        [MiningPetroleumGasSharePercent] float NOT NULL,
        [ManufactureSharePercent] float NOT NULL,
        [RestSharePercent] float NOT NULL,
        [WeightedAverageNtbsPerTariffLine] float NOT NULL,
        [WeightedAverageNtbsPerTariffLineAsPrinted] nvarchar(20) NOT NULL,
        [NtbsFacedByPeruExports] int NULL,
        [NtbsFacedByPeruExportsNullReason] nvarchar(40) NULL,
        [TotalNtbs] int NOT NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_NtbCountries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [NtbTypes] (
        [Id] nvarchar(80) NOT NULL,
        [Number] nvarchar(10) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Examples] nvarchar(2000) NULL,
        [Description] nvarchar(2000) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_NtbTypes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [PreferenceSchemes] (
        [Id] nvarchar(80) NOT NULL,
        [NameAsPrinted] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Partner] nvarchar(100) NOT NULL,
        [ActionAsPrinted] nvarchar(100) NULL,
        [DateAsPrinted] nvarchar(100) NULL,
        [Year] int NULL,
        [Month] int NULL,
        [YearNullReason] nvarchar(40) NULL,
        [InForceAsPrinted] nvarchar(200) NULL,
        [InForceYear] int NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_PreferenceSchemes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [Ptas] (
        [Id] nvarchar(80) NOT NULL,
        [Number] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [NameAsPrinted] nvarchar(400) NOT NULL,
        [ShortName] nvarchar(120) NOT NULL,
        [AgreementNumber] int NULL,
        [AgreementNumberTableReading] nvarchar(40) NULL,
        [AgreementNumberFootnoteReading] nvarchar(40) NULL,
        [Members] nvarchar(400) NULL,
        [Partners] nvarchar(400) NULL,
        [InitialDateAsPrinted] nvarchar(400) NOT NULL,
        [StartYear] int NOT NULL,
        [ExportShare2006Percent] float NOT NULL,
        [ExportShare2006AsPrinted] nvarchar(60) NOT NULL,
        [ImportShare2006Percent] float NOT NULL,
        [ImportShare2006AsPrinted] nvarchar(60) NOT NULL,
        [ShareBasis] nvarchar(40) NOT NULL,
        [SectoralPreferencesAsPrinted] nvarchar(1000) NOT NULL,
        [SectorCoverage] nvarchar(40) NOT NULL,
        [HsChapters] nvarchar(200) NULL,
        [TariffKind] nvarchar(40) NOT NULL,
        [AverageTariffPercent] float NULL,
        [AverageTariffAgriculturePercent] float NULL,
        [AverageTariffAgricultureNullReason] nvarchar(40) NULL,
        [AgricultureScopeAsPrinted] nvarchar(100) NULL,
        [TariffYear] int NULL,
        [SearchText] nvarchar(1200) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_Ptas] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [QuotedFigures] (
        [Id] nvarchar(80) NOT NULL,
        [Topic] nvarchar(20) NOT NULL,
        [Position] int NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [Value] float NULL,
        [Unit] nvarchar(60) NOT NULL,
        [ValueFraction] nvarchar(20) NULL,
        [ValueAsPrinted] nvarchar(200) NOT NULL,
        [Qualifier] nvarchar(40) NULL,
        [Bound] nvarchar(20) NULL,
        [PeriodLabel] nvarchar(40) NULL,
        [StartYear] int NULL,
        [EndYear] int NULL,
        [Month] int NULL,
        [Details] nvarchar(400) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_QuotedFigures] PRIMARY KEY ([Topic], [Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE TABLE [PtaEvents] (
        [Id] nvarchar(80) NOT NULL,
        [PtaId] nvarchar(80) NULL,
        [Position] int NOT NULL,
        [Year] int NULL,
        [Month] int NULL,
        [Day] int NULL,
        [YearNullReason] nvarchar(40) NULL,
        [Event] nvarchar(60) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [RelatedAgreementsAsPrinted] nvarchar(200) NULL,
        [DateAsPrinted] nvarchar(100) NULL,
        [Reading] nvarchar(20) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_PtaEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PtaEvents_Ptas_PtaId] FOREIGN KEY ([PtaId]) REFERENCES [Ptas] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_FreeZones_Id_Reading] ON [FreeZones] ([Id], [Reading]) WHERE [Id] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE INDEX [IX_IncentiveTradeValues_Dataset_SectorId] ON [IncentiveTradeValues] ([Dataset], [SectorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    CREATE INDEX [IX_PtaEvents_PtaId] ON [PtaEvents] ([PtaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044331_TradeAgreementsAndIncentives'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129044331_TradeAgreementsAndIncentives', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [Administrations] (
        [Id] nvarchar(40) NOT NULL,
        [President] nvarchar(120) NOT NULL,
        [Term] int NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [DateBasis] nvarchar(20) NOT NULL,
        [PaperDatesAsPrinted] nvarchar(200) NULL,
        [SourceId] nvarchar(40) NULL,
        [FootnoteMarkers] nvarchar(100) NULL,
        [Note] nvarchar(1000) NULL,
        CONSTRAINT [PK_Administrations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [BeneficiaryFirms] (
        [Id] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [RespondentPositionAsPrinted] nvarchar(200) NULL,
        [InstitutionAsPrinted] nvarchar(200) NULL,
        [InstitutionIds] nvarchar(200) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_BeneficiaryFirms] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [EconomicFailures] (
        [Id] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [FrameworkGroup] nvarchar(60) NULL,
        [InSection31] bit NOT NULL,
        [Description] nvarchar(max) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_EconomicFailures] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [Institutions] (
        [Id] nvarchar(60) NOT NULL,
        [Acronym] nvarchar(60) NULL,
        [Name] nvarchar(300) NOT NULL,
        [NameVariants] nvarchar(2000) NULL,
        [SameAsId] nvarchar(60) NULL,
        [LegalFrameworkAsPrinted] nvarchar(max) NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Description] nvarchar(max) NULL,
        [Objectives] nvarchar(max) NULL,
        [Services] nvarchar(max) NULL,
        [SectorsServed] nvarchar(max) NULL,
        [FirmSizesServed] nvarchar(max) NULL,
        [Governance] nvarchar(max) NULL,
        [BeneficiaryOutreach] nvarchar(max) NULL,
        [Table3Dimension] nvarchar(30) NULL,
        [Table3Type] nvarchar(30) NULL,
        [IsSelectedPdp] bit NOT NULL,
        [SearchText] nvarchar(max) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_Institutions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [LegalEvents] (
        [Id] nvarchar(120) NOT NULL,
        [ActId] nvarchar(120) NOT NULL,
        [InstrumentType] nvarchar(40) NULL,
        [InstrumentNumber] nvarchar(60) NULL,
        [InstrumentAsPrinted] nvarchar(400) NULL,
        [DateAsPrinted] nvarchar(100) NULL,
        [Year] int NULL,
        [Month] int NULL,
        [Day] int NULL,
        [InferredYear] int NULL,
        [PeriodStartYear] int NULL,
        [PeriodEndYear] int NULL,
        [EventType] nvarchar(40) NOT NULL,
        [SuccessorBodyIds] nvarchar(300) NULL,
        [ZoneIds] nvarchar(300) NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Reading] nvarchar(20) NOT NULL,
        [IsPublishedReading] bit NOT NULL,
        [AdministrationId] nvarchar(40) NULL,
        [SearchText] nvarchar(3000) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_LegalEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LegalEvents_Administrations_AdministrationId] FOREIGN KEY ([AdministrationId]) REFERENCES [Administrations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [InstitutionFailures] (
        [InstitutionId] nvarchar(60) NOT NULL,
        [FailureId] nvarchar(80) NOT NULL,
        [Evidence] nvarchar(max) NULL,
        [Mapping] nvarchar(20) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_InstitutionFailures] PRIMARY KEY ([InstitutionId], [FailureId]),
        CONSTRAINT [FK_InstitutionFailures_EconomicFailures_FailureId] FOREIGN KEY ([FailureId]) REFERENCES [EconomicFailures] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_InstitutionFailures_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [InstitutionFigures] (
        [Id] int NOT NULL,
        [Dataset] nvarchar(40) NOT NULL,
        [InstitutionId] nvarchar(60) NULL,
        [InstitutionAsPrinted] nvarchar(200) NULL,
        [RowId] nvarchar(120) NULL,
        [RowAsPrinted] nvarchar(400) NULL,
        [GroupAsPrinted] nvarchar(400) NULL,
        [PeriodLabel] nvarchar(40) NULL,
        [StartYear] int NULL,
        [EndYear] int NULL,
        [Measure] nvarchar(120) NOT NULL,
        [Respondent] nvarchar(20) NULL,
        [Dimension] nvarchar(120) NULL,
        [DimensionAsPrinted] nvarchar(400) NULL,
        [Value] float NULL,
        [ValueAsPrinted] nvarchar(100) NULL,
        [NullReason] nvarchar(40) NULL,
        [Details] nvarchar(1000) NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_InstitutionFigures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstitutionFigures_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [InstitutionLinks] (
        [Id] int NOT NULL,
        [ChangeId] nvarchar(120) NOT NULL,
        [FromId] nvarchar(60) NOT NULL,
        [ToId] nvarchar(60) NOT NULL,
        [Relation] nvarchar(40) NOT NULL,
        [Year] int NULL,
        [DateAsPrinted] nvarchar(200) NULL,
        [InstrumentAsPrinted] nvarchar(400) NULL,
        [Reading] nvarchar(20) NULL,
        [IsPublishedReading] bit NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_InstitutionLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstitutionLinks_Institutions_FromId] FOREIGN KEY ([FromId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InstitutionLinks_Institutions_ToId] FOREIGN KEY ([ToId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [InstitutionMinistries] (
        [Id] int NOT NULL,
        [InstitutionId] nvarchar(60) NOT NULL,
        [MinistryId] nvarchar(60) NOT NULL,
        [FromYear] int NULL,
        [ToYear] int NULL,
        [Basis] nvarchar(20) NOT NULL,
        [IsPublishedReading] bit NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_InstitutionMinistries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstitutionMinistries_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InstitutionMinistries_Institutions_MinistryId] FOREIGN KEY ([MinistryId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [SurveyRespondents] (
        [Id] int NOT NULL,
        [InstitutionId] nvarchar(60) NULL,
        [InstitutionAsPrinted] nvarchar(200) NOT NULL,
        [PositionAsPrinted] nvarchar(200) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(1000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_SurveyRespondents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyRespondents_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE TABLE [LegalEventBodies] (
        [LegalEventId] nvarchar(120) NOT NULL,
        [InstitutionId] nvarchar(60) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_LegalEventBodies] PRIMARY KEY ([LegalEventId], [InstitutionId]),
        CONSTRAINT [FK_LegalEventBodies_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LegalEventBodies_LegalEvents_LegalEventId] FOREIGN KEY ([LegalEventId]) REFERENCES [LegalEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionFailures_FailureId] ON [InstitutionFailures] ([FailureId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionFigures_Dataset_InstitutionId] ON [InstitutionFigures] ([Dataset], [InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionFigures_InstitutionId] ON [InstitutionFigures] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionLinks_FromId] ON [InstitutionLinks] ([FromId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionLinks_ToId] ON [InstitutionLinks] ([ToId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionMinistries_InstitutionId] ON [InstitutionMinistries] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_InstitutionMinistries_MinistryId] ON [InstitutionMinistries] ([MinistryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_LegalEventBodies_InstitutionId] ON [LegalEventBodies] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_LegalEvents_AdministrationId] ON [LegalEvents] ([AdministrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    CREATE INDEX [IX_SurveyRespondents_InstitutionId] ON [SurveyRespondents] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054130_InstitutionsAndLegalHistory'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129054130_InstitutionsAndLegalHistory', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffStructure]') AND [c].[name] = N'Provenance_Note');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [TariffStructure] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [TariffStructure] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffSchedules]') AND [c].[name] = N'Provenance_Note');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [TariffSchedules] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [TariffSchedules] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffChanges]') AND [c].[name] = N'Provenance_Note');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [TariffChanges] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [TariffChanges] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var3 nvarchar(max);
    SELECT @var3 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffBandShares]') AND [c].[name] = N'Provenance_Note');
    IF @var3 IS NOT NULL EXEC(N'ALTER TABLE [TariffBandShares] DROP CONSTRAINT ' + @var3 + ';');
    ALTER TABLE [TariffBandShares] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var4 nvarchar(max);
    SELECT @var4 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SurveyRespondents]') AND [c].[name] = N'Provenance_Note');
    IF @var4 IS NOT NULL EXEC(N'ALTER TABLE [SurveyRespondents] DROP CONSTRAINT ' + @var4 + ';');
    ALTER TABLE [SurveyRespondents] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var5 nvarchar(max);
    SELECT @var5 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SectorProtection]') AND [c].[name] = N'Provenance_Note');
    IF @var5 IS NOT NULL EXEC(N'ALTER TABLE [SectorProtection] DROP CONSTRAINT ' + @var5 + ';');
    ALTER TABLE [SectorProtection] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var6 nvarchar(max);
    SELECT @var6 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SectorGroups]') AND [c].[name] = N'Provenance_Note');
    IF @var6 IS NOT NULL EXEC(N'ALTER TABLE [SectorGroups] DROP CONSTRAINT ' + @var6 + ';');
    ALTER TABLE [SectorGroups] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var7 nvarchar(max);
    SELECT @var7 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[QuotedFigures]') AND [c].[name] = N'Provenance_Note');
    IF @var7 IS NOT NULL EXEC(N'ALTER TABLE [QuotedFigures] DROP CONSTRAINT ' + @var7 + ';');
    ALTER TABLE [QuotedFigures] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var8 nvarchar(max);
    SELECT @var8 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ptas]') AND [c].[name] = N'Provenance_Note');
    IF @var8 IS NOT NULL EXEC(N'ALTER TABLE [Ptas] DROP CONSTRAINT ' + @var8 + ';');
    ALTER TABLE [Ptas] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var9 nvarchar(max);
    SELECT @var9 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PtaEvents]') AND [c].[name] = N'Provenance_Note');
    IF @var9 IS NOT NULL EXEC(N'ALTER TABLE [PtaEvents] DROP CONSTRAINT ' + @var9 + ';');
    ALTER TABLE [PtaEvents] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var10 nvarchar(max);
    SELECT @var10 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ProtectionGrowthCorrelations]') AND [c].[name] = N'Provenance_Note');
    IF @var10 IS NOT NULL EXEC(N'ALTER TABLE [ProtectionGrowthCorrelations] DROP CONSTRAINT ' + @var10 + ';');
    ALTER TABLE [ProtectionGrowthCorrelations] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var11 nvarchar(max);
    SELECT @var11 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PriceBandProducts]') AND [c].[name] = N'Provenance_Note');
    IF @var11 IS NOT NULL EXEC(N'ALTER TABLE [PriceBandProducts] DROP CONSTRAINT ' + @var11 + ';');
    ALTER TABLE [PriceBandProducts] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var12 nvarchar(max);
    SELECT @var12 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PreferenceSchemes]') AND [c].[name] = N'Provenance_Note');
    IF @var12 IS NOT NULL EXEC(N'ALTER TABLE [PreferenceSchemes] DROP CONSTRAINT ' + @var12 + ';');
    ALTER TABLE [PreferenceSchemes] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var13 nvarchar(max);
    SELECT @var13 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[NtbTypes]') AND [c].[name] = N'Provenance_Note');
    IF @var13 IS NOT NULL EXEC(N'ALTER TABLE [NtbTypes] DROP CONSTRAINT ' + @var13 + ';');
    ALTER TABLE [NtbTypes] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var14 nvarchar(max);
    SELECT @var14 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[NtbCountries]') AND [c].[name] = N'Provenance_Note');
    IF @var14 IS NOT NULL EXEC(N'ALTER TABLE [NtbCountries] DROP CONSTRAINT ' + @var14 + ';');
    ALTER TABLE [NtbCountries] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var15 nvarchar(max);
    SELECT @var15 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[LegalEvents]') AND [c].[name] = N'Provenance_Note');
    IF @var15 IS NOT NULL EXEC(N'ALTER TABLE [LegalEvents] DROP CONSTRAINT ' + @var15 + ';');
    ALTER TABLE [LegalEvents] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var16 nvarchar(max);
    SELECT @var16 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Institutions]') AND [c].[name] = N'Provenance_Note');
    IF @var16 IS NOT NULL EXEC(N'ALTER TABLE [Institutions] DROP CONSTRAINT ' + @var16 + ';');
    ALTER TABLE [Institutions] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var17 nvarchar(max);
    SELECT @var17 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionMinistries]') AND [c].[name] = N'Provenance_Note');
    IF @var17 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionMinistries] DROP CONSTRAINT ' + @var17 + ';');
    ALTER TABLE [InstitutionMinistries] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var18 nvarchar(max);
    SELECT @var18 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionLinks]') AND [c].[name] = N'Provenance_Note');
    IF @var18 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionLinks] DROP CONSTRAINT ' + @var18 + ';');
    ALTER TABLE [InstitutionLinks] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var19 nvarchar(max);
    SELECT @var19 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionFigures]') AND [c].[name] = N'Provenance_Note');
    IF @var19 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionFigures] DROP CONSTRAINT ' + @var19 + ';');
    ALTER TABLE [InstitutionFigures] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var20 nvarchar(max);
    SELECT @var20 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionFailures]') AND [c].[name] = N'Provenance_Note');
    IF @var20 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionFailures] DROP CONSTRAINT ' + @var20 + ';');
    ALTER TABLE [InstitutionFailures] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var21 nvarchar(max);
    SELECT @var21 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IncentiveTradeValues]') AND [c].[name] = N'Provenance_Note');
    IF @var21 IS NOT NULL EXEC(N'ALTER TABLE [IncentiveTradeValues] DROP CONSTRAINT ' + @var21 + ';');
    ALTER TABLE [IncentiveTradeValues] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var22 nvarchar(max);
    SELECT @var22 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IncentiveRules]') AND [c].[name] = N'Provenance_Note');
    IF @var22 IS NOT NULL EXEC(N'ALTER TABLE [IncentiveRules] DROP CONSTRAINT ' + @var22 + ';');
    ALTER TABLE [IncentiveRules] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var23 nvarchar(max);
    SELECT @var23 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[FreeZones]') AND [c].[name] = N'Provenance_Note');
    IF @var23 IS NOT NULL EXEC(N'ALTER TABLE [FreeZones] DROP CONSTRAINT ' + @var23 + ';');
    ALTER TABLE [FreeZones] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var24 nvarchar(max);
    SELECT @var24 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[EconomicFailures]') AND [c].[name] = N'Provenance_Note');
    IF @var24 IS NOT NULL EXEC(N'ALTER TABLE [EconomicFailures] DROP CONSTRAINT ' + @var24 + ';');
    ALTER TABLE [EconomicFailures] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var25 nvarchar(max);
    SELECT @var25 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Clusters]') AND [c].[name] = N'Provenance_Note');
    IF @var25 IS NOT NULL EXEC(N'ALTER TABLE [Clusters] DROP CONSTRAINT ' + @var25 + ';');
    ALTER TABLE [Clusters] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    DECLARE @var26 nvarchar(max);
    SELECT @var26 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[BeneficiaryFirms]') AND [c].[name] = N'Provenance_Note');
    IF @var26 IS NOT NULL EXEC(N'ALTER TABLE [BeneficiaryFirms] DROP CONSTRAINT ' + @var26 + ';');
    ALTER TABLE [BeneficiaryFirms] ALTER COLUMN [Provenance_Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [ClusterPrograms] (
        [Id] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        [NameAsPrinted] nvarchar(200) NOT NULL,
        [Acronym] nvarchar(40) NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Donor] nvarchar(200) NULL,
        [ExecutingAgency] nvarchar(200) NULL,
        [StartAsPrinted] nvarchar(200) NULL,
        [StartYear] int NULL,
        [StartMonth] int NULL,
        [EndAsPrinted] nvarchar(200) NULL,
        [EndYear] int NULL,
        [InstitutionIds] nvarchar(400) NULL,
        [SearchText] nvarchar(4000) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(4000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_ClusterPrograms] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [FdiValues] (
        [Id] int NOT NULL,
        [SectorId] nvarchar(80) NOT NULL,
        [SectorAsPrinted] nvarchar(120) NOT NULL,
        [ParentSectorId] nvarchar(80) NULL,
        [SectorPosition] int NOT NULL,
        [FlowOrStock] nvarchar(10) NOT NULL,
        [Measure] nvarchar(40) NOT NULL,
        [SourceSeries] nvarchar(20) NOT NULL,
        [Value] float NULL,
        [ValueAsPrinted] nvarchar(40) NULL,
        [NullReason] nvarchar(40) NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(4000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_FdiValues] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [Series] (
        [Code] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        [Title] nvarchar(400) NOT NULL,
        [Unit] nvarchar(40) NOT NULL,
        [UnitNote] nvarchar(400) NULL,
        [PeriodConvention] nvarchar(40) NOT NULL,
        [Dimension] nvarchar(40) NOT NULL,
        [SearchText] nvarchar(1000) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(4000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_Series] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [ClusterProgramClusters] (
        [ProgramId] nvarchar(80) NOT NULL,
        [ClusterId] int NOT NULL,
        CONSTRAINT [PK_ClusterProgramClusters] PRIMARY KEY ([ProgramId], [ClusterId]),
        CONSTRAINT [FK_ClusterProgramClusters_ClusterPrograms_ProgramId] FOREIGN KEY ([ProgramId]) REFERENCES [ClusterPrograms] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ClusterProgramClusters_Clusters_ClusterId] FOREIGN KEY ([ClusterId]) REFERENCES [Clusters] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [ClusterProgramFigures] (
        [ProgramId] nvarchar(80) NOT NULL,
        [Id] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        [ClusterId] int NULL,
        [Description] nvarchar(1000) NOT NULL,
        [Value] float NULL,
        [Unit] nvarchar(40) NOT NULL,
        [ValueAsPrinted] nvarchar(200) NOT NULL,
        [Qualifier] nvarchar(100) NULL,
        [Reading] nvarchar(20) NULL,
        [Published] bit NULL,
        [Year] int NULL,
        [Month] int NULL,
        [PeriodLabel] nvarchar(20) NULL,
        [StartYear] int NULL,
        [EndYear] int NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(4000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_ClusterProgramFigures] PRIMARY KEY ([ProgramId], [Id]),
        CONSTRAINT [FK_ClusterProgramFigures_ClusterPrograms_ProgramId] FOREIGN KEY ([ProgramId]) REFERENCES [ClusterPrograms] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [ClusterProgramGoals] (
        [ProgramId] nvarchar(80) NOT NULL,
        [Id] nvarchar(40) NOT NULL,
        [Position] int NOT NULL,
        [ComponentId] nvarchar(10) NOT NULL,
        [ComponentAsPrinted] nvarchar(200) NOT NULL,
        [GoalNumberAsPrinted] nvarchar(10) NULL,
        [GoalAsPrinted] nvarchar(1000) NOT NULL,
        [IndicatorAsPrinted] nvarchar(1000) NOT NULL,
        [TargetValue] float NULL,
        [TargetUnit] nvarchar(40) NULL,
        [TargetQualifier] nvarchar(60) NULL,
        [TargetAsPrinted] nvarchar(200) NULL,
        [TargetBasis] nvarchar(20) NOT NULL,
        [AchievedValue] float NULL,
        [AchievedUnit] nvarchar(40) NULL,
        [AchievedAsPrinted] nvarchar(40) NULL,
        [AchievementPercent] float NULL,
        [AchievementAsPrinted] nvarchar(200) NULL,
        [NullReason] nvarchar(40) NULL,
        [Flags] nvarchar(100) NULL,
        [ClusterIds] nvarchar(40) NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(4000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_ClusterProgramGoals] PRIMARY KEY ([ProgramId], [Id]),
        CONSTRAINT [FK_ClusterProgramGoals_ClusterPrograms_ProgramId] FOREIGN KEY ([ProgramId]) REFERENCES [ClusterPrograms] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE TABLE [SeriesObservations] (
        [Id] int NOT NULL,
        [SeriesCode] nvarchar(80) NOT NULL,
        [PeriodAsPrinted] nvarchar(40) NULL,
        [DimensionId] nvarchar(80) NULL,
        [DimensionAsPrinted] nvarchar(200) NULL,
        [DimensionParentId] nvarchar(80) NULL,
        [DimensionPosition] int NULL,
        [Value] float NULL,
        [ValueAsPrinted] nvarchar(40) NULL,
        [NullReason] nvarchar(40) NULL,
        [Period_EndYear] int NOT NULL,
        [Period_Label] nvarchar(20) NOT NULL,
        [Period_StartYear] int NOT NULL,
        [Provenance_FootnoteMarkers] nvarchar(100) NULL,
        [Provenance_Note] nvarchar(4000) NULL,
        [Provenance_SourceId] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_SeriesObservations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SeriesObservations_Series_SeriesCode] FOREIGN KEY ([SeriesCode]) REFERENCES [Series] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE INDEX [IX_ClusterProgramClusters_ClusterId] ON [ClusterProgramClusters] ([ClusterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE INDEX [IX_FdiValues_Measure_SectorId] ON [FdiValues] ([Measure], [SectorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    CREATE INDEX [IX_SeriesObservations_SeriesCode_DimensionId] ON [SeriesObservations] ([SeriesCode], [DimensionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129072648_FdiClusterProgramsAndSeries'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129072648_FdiClusterProgramsAndSeries', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204170433_BeneficiaryFirmInstitutions'
)
BEGIN
    DECLARE @var27 nvarchar(max);
    SELECT @var27 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[BeneficiaryFirms]') AND [c].[name] = N'InstitutionIds');
    IF @var27 IS NOT NULL EXEC(N'ALTER TABLE [BeneficiaryFirms] DROP CONSTRAINT ' + @var27 + ';');
    ALTER TABLE [BeneficiaryFirms] DROP COLUMN [InstitutionIds];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204170433_BeneficiaryFirmInstitutions'
)
BEGIN
    CREATE TABLE [BeneficiaryFirmInstitutions] (
        [FirmId] nvarchar(80) NOT NULL,
        [InstitutionId] nvarchar(60) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_BeneficiaryFirmInstitutions] PRIMARY KEY ([FirmId], [InstitutionId]),
        CONSTRAINT [FK_BeneficiaryFirmInstitutions_BeneficiaryFirms_FirmId] FOREIGN KEY ([FirmId]) REFERENCES [BeneficiaryFirms] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_BeneficiaryFirmInstitutions_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204170433_BeneficiaryFirmInstitutions'
)
BEGIN
    CREATE INDEX [IX_BeneficiaryFirmInstitutions_InstitutionId] ON [BeneficiaryFirmInstitutions] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204170433_BeneficiaryFirmInstitutions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204170433_BeneficiaryFirmInstitutions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171313_ClusterProgramInstitutions'
)
BEGIN
    DECLARE @var28 nvarchar(max);
    SELECT @var28 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ClusterPrograms]') AND [c].[name] = N'InstitutionIds');
    IF @var28 IS NOT NULL EXEC(N'ALTER TABLE [ClusterPrograms] DROP CONSTRAINT ' + @var28 + ';');
    ALTER TABLE [ClusterPrograms] DROP COLUMN [InstitutionIds];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171313_ClusterProgramInstitutions'
)
BEGIN
    CREATE TABLE [ClusterProgramInstitutions] (
        [ProgramId] nvarchar(80) NOT NULL,
        [InstitutionId] nvarchar(60) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_ClusterProgramInstitutions] PRIMARY KEY ([ProgramId], [InstitutionId]),
        CONSTRAINT [FK_ClusterProgramInstitutions_ClusterPrograms_ProgramId] FOREIGN KEY ([ProgramId]) REFERENCES [ClusterPrograms] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ClusterProgramInstitutions_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171313_ClusterProgramInstitutions'
)
BEGIN
    CREATE INDEX [IX_ClusterProgramInstitutions_InstitutionId] ON [ClusterProgramInstitutions] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171313_ClusterProgramInstitutions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204171313_ClusterProgramInstitutions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175442_DrawbackRuleChecks'
)
BEGIN
    ALTER TABLE [IncentiveRules] ADD [Checks] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204175442_DrawbackRuleChecks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204175442_DrawbackRuleChecks', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180247_FdiFigureTopSectorsCount'
)
BEGIN
    ALTER TABLE [QuotedFigures] ADD [TopSectorsCount] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180247_FdiFigureTopSectorsCount'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204180247_FdiFigureTopSectorsCount', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180838_ClusterProgramGoalClustersAndFlags'
)
BEGIN
    DECLARE @var29 nvarchar(max);
    SELECT @var29 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ClusterProgramGoals]') AND [c].[name] = N'ClusterIds');
    IF @var29 IS NOT NULL EXEC(N'ALTER TABLE [ClusterProgramGoals] DROP CONSTRAINT ' + @var29 + ';');
    ALTER TABLE [ClusterProgramGoals] DROP COLUMN [ClusterIds];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180838_ClusterProgramGoalClustersAndFlags'
)
BEGIN
    DECLARE @var30 nvarchar(max);
    SELECT @var30 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ClusterProgramGoals]') AND [c].[name] = N'Flags');
    IF @var30 IS NOT NULL EXEC(N'ALTER TABLE [ClusterProgramGoals] DROP CONSTRAINT ' + @var30 + ';');
    EXEC(N'UPDATE [ClusterProgramGoals] SET [Flags] = N''[]'' WHERE [Flags] IS NULL');
    ALTER TABLE [ClusterProgramGoals] ALTER COLUMN [Flags] nvarchar(max) NOT NULL;
    ALTER TABLE [ClusterProgramGoals] ADD DEFAULT N'[]' FOR [Flags];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180838_ClusterProgramGoalClustersAndFlags'
)
BEGIN
    CREATE TABLE [ClusterProgramGoalClusters] (
        [ProgramId] nvarchar(80) NOT NULL,
        [GoalId] nvarchar(40) NOT NULL,
        [ClusterId] int NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_ClusterProgramGoalClusters] PRIMARY KEY ([ProgramId], [GoalId], [ClusterId]),
        CONSTRAINT [FK_ClusterProgramGoalClusters_ClusterProgramGoals_ProgramId_GoalId] FOREIGN KEY ([ProgramId], [GoalId]) REFERENCES [ClusterProgramGoals] ([ProgramId], [Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ClusterProgramGoalClusters_Clusters_ClusterId] FOREIGN KEY ([ClusterId]) REFERENCES [Clusters] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180838_ClusterProgramGoalClustersAndFlags'
)
BEGIN
    CREATE INDEX [IX_ClusterProgramGoalClusters_ClusterId] ON [ClusterProgramGoalClusters] ([ClusterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204180838_ClusterProgramGoalClustersAndFlags'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204180838_ClusterProgramGoalClustersAndFlags', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    DECLARE @var31 nvarchar(max);
    SELECT @var31 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[LegalEvents]') AND [c].[name] = N'ZoneIds');
    IF @var31 IS NOT NULL EXEC(N'ALTER TABLE [LegalEvents] DROP CONSTRAINT ' + @var31 + ';');
    ALTER TABLE [LegalEvents] DROP COLUMN [ZoneIds];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    DECLARE @var32 nvarchar(max);
    SELECT @var32 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IncentiveRules]') AND [c].[name] = N'ZoneIds');
    IF @var32 IS NOT NULL EXEC(N'ALTER TABLE [IncentiveRules] DROP CONSTRAINT ' + @var32 + ';');
    ALTER TABLE [IncentiveRules] DROP COLUMN [ZoneIds];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE TABLE [Zones] (
        [Id] nvarchar(80) NOT NULL,
        CONSTRAINT [PK_Zones] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    INSERT INTO [Zones] ([Id]) SELECT DISTINCT [Id] FROM [FreeZones];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE TABLE [IncentiveRuleZones] (
        [Regime] nvarchar(20) NOT NULL,
        [RuleId] nvarchar(80) NOT NULL,
        [ZoneId] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_IncentiveRuleZones] PRIMARY KEY ([Regime], [RuleId], [ZoneId]),
        CONSTRAINT [FK_IncentiveRuleZones_IncentiveRules_Regime_RuleId] FOREIGN KEY ([Regime], [RuleId]) REFERENCES [IncentiveRules] ([Regime], [Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_IncentiveRuleZones_Zones_ZoneId] FOREIGN KEY ([ZoneId]) REFERENCES [Zones] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE TABLE [LegalEventZones] (
        [LegalEventId] nvarchar(120) NOT NULL,
        [ZoneId] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_LegalEventZones] PRIMARY KEY ([LegalEventId], [ZoneId]),
        CONSTRAINT [FK_LegalEventZones_LegalEvents_LegalEventId] FOREIGN KEY ([LegalEventId]) REFERENCES [LegalEvents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LegalEventZones_Zones_ZoneId] FOREIGN KEY ([ZoneId]) REFERENCES [Zones] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE TABLE [QuotedFigureZones] (
        [Topic] nvarchar(20) NOT NULL,
        [FigureId] nvarchar(80) NOT NULL,
        [ZoneId] nvarchar(80) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_QuotedFigureZones] PRIMARY KEY ([Topic], [FigureId], [ZoneId]),
        CONSTRAINT [FK_QuotedFigureZones_QuotedFigures_Topic_FigureId] FOREIGN KEY ([Topic], [FigureId]) REFERENCES [QuotedFigures] ([Topic], [Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_QuotedFigureZones_Zones_ZoneId] FOREIGN KEY ([ZoneId]) REFERENCES [Zones] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE INDEX [IX_IncentiveRuleZones_ZoneId] ON [IncentiveRuleZones] ([ZoneId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE INDEX [IX_LegalEventZones_ZoneId] ON [LegalEventZones] ([ZoneId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    CREATE INDEX [IX_QuotedFigureZones_ZoneId] ON [QuotedFigureZones] ([ZoneId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    ALTER TABLE [FreeZones] ADD CONSTRAINT [FK_FreeZones_Zones_Id] FOREIGN KEY ([Id]) REFERENCES [Zones] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182010_ZonesAsRelations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204182010_ZonesAsRelations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182702_LegalEventSuccessors'
)
BEGIN
    DECLARE @var33 nvarchar(max);
    SELECT @var33 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[LegalEvents]') AND [c].[name] = N'SuccessorBodyIds');
    IF @var33 IS NOT NULL EXEC(N'ALTER TABLE [LegalEvents] DROP CONSTRAINT ' + @var33 + ';');
    ALTER TABLE [LegalEvents] DROP COLUMN [SuccessorBodyIds];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182702_LegalEventSuccessors'
)
BEGIN
    CREATE TABLE [LegalEventSuccessors] (
        [LegalEventId] nvarchar(120) NOT NULL,
        [InstitutionId] nvarchar(60) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_LegalEventSuccessors] PRIMARY KEY ([LegalEventId], [InstitutionId]),
        CONSTRAINT [FK_LegalEventSuccessors_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LegalEventSuccessors_LegalEvents_LegalEventId] FOREIGN KEY ([LegalEventId]) REFERENCES [LegalEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182702_LegalEventSuccessors'
)
BEGIN
    CREATE INDEX [IX_LegalEventSuccessors_InstitutionId] ON [LegalEventSuccessors] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204182702_LegalEventSuccessors'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204182702_LegalEventSuccessors', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    DECLARE @var34 nvarchar(max);
    SELECT @var34 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PriceBandProducts]') AND [c].[name] = N'HsProducts');
    IF @var34 IS NOT NULL EXEC(N'ALTER TABLE [PriceBandProducts] DROP CONSTRAINT ' + @var34 + ';');
    ALTER TABLE [PriceBandProducts] DROP COLUMN [HsProducts];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    DECLARE @var35 nvarchar(max);
    SELECT @var35 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffChanges]') AND [c].[name] = N'RatesPercent');
    IF @var35 IS NOT NULL EXEC(N'ALTER TABLE [TariffChanges] DROP CONSTRAINT ' + @var35 + ';');
    EXEC(N'UPDATE [TariffChanges] SET [RatesPercent] = N''[]'' WHERE [RatesPercent] IS NULL');
    ALTER TABLE [TariffChanges] ALTER COLUMN [RatesPercent] nvarchar(max) NOT NULL;
    ALTER TABLE [TariffChanges] ADD DEFAULT N'[]' FOR [RatesPercent];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    DECLARE @var36 nvarchar(max);
    SELECT @var36 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ptas]') AND [c].[name] = N'Partners');
    IF @var36 IS NOT NULL EXEC(N'ALTER TABLE [Ptas] DROP CONSTRAINT ' + @var36 + ';');
    EXEC(N'UPDATE [Ptas] SET [Partners] = N''[]'' WHERE [Partners] IS NULL');
    ALTER TABLE [Ptas] ALTER COLUMN [Partners] nvarchar(max) NOT NULL;
    ALTER TABLE [Ptas] ADD DEFAULT N'[]' FOR [Partners];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    DECLARE @var37 nvarchar(max);
    SELECT @var37 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ptas]') AND [c].[name] = N'Members');
    IF @var37 IS NOT NULL EXEC(N'ALTER TABLE [Ptas] DROP CONSTRAINT ' + @var37 + ';');
    EXEC(N'UPDATE [Ptas] SET [Members] = N''[]'' WHERE [Members] IS NULL');
    ALTER TABLE [Ptas] ALTER COLUMN [Members] nvarchar(max) NOT NULL;
    ALTER TABLE [Ptas] ADD DEFAULT N'[]' FOR [Members];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    DECLARE @var38 nvarchar(max);
    SELECT @var38 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ptas]') AND [c].[name] = N'HsChapters');
    IF @var38 IS NOT NULL EXEC(N'ALTER TABLE [Ptas] DROP CONSTRAINT ' + @var38 + ';');
    EXEC(N'UPDATE [Ptas] SET [HsChapters] = N''[]'' WHERE [HsChapters] IS NULL');
    ALTER TABLE [Ptas] ALTER COLUMN [HsChapters] nvarchar(max) NOT NULL;
    ALTER TABLE [Ptas] ADD DEFAULT N'[]' FOR [HsChapters];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    DECLARE @var39 nvarchar(max);
    SELECT @var39 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Institutions]') AND [c].[name] = N'NameVariants');
    IF @var39 IS NOT NULL EXEC(N'ALTER TABLE [Institutions] DROP CONSTRAINT ' + @var39 + ';');
    EXEC(N'UPDATE [Institutions] SET [NameVariants] = N''[]'' WHERE [NameVariants] IS NULL');
    ALTER TABLE [Institutions] ALTER COLUMN [NameVariants] nvarchar(max) NOT NULL;
    ALTER TABLE [Institutions] ADD DEFAULT N'[]' FOR [NameVariants];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    CREATE TABLE [PriceBandHsProducts] (
        [ProductGroupId] nvarchar(40) NOT NULL,
        [Position] int NOT NULL,
        [Product] nvarchar(100) NOT NULL,
        [HsCode] nvarchar(10) NOT NULL,
        CONSTRAINT [PK_PriceBandHsProducts] PRIMARY KEY ([ProductGroupId], [Position]),
        CONSTRAINT [FK_PriceBandHsProducts_PriceBandProducts_ProductGroupId] FOREIGN KEY ([ProductGroupId]) REFERENCES [PriceBandProducts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183340_PlainListsAsLists'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204183340_PlainListsAsLists', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var40 nvarchar(max);
    SELECT @var40 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffStructure]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var40 IS NOT NULL EXEC(N'ALTER TABLE [TariffStructure] DROP CONSTRAINT ' + @var40 + ';');
    EXEC(N'UPDATE [TariffStructure] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [TariffStructure] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [TariffStructure] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var41 nvarchar(max);
    SELECT @var41 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffSchedules]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var41 IS NOT NULL EXEC(N'ALTER TABLE [TariffSchedules] DROP CONSTRAINT ' + @var41 + ';');
    EXEC(N'UPDATE [TariffSchedules] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [TariffSchedules] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [TariffSchedules] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var42 nvarchar(max);
    SELECT @var42 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffChanges]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var42 IS NOT NULL EXEC(N'ALTER TABLE [TariffChanges] DROP CONSTRAINT ' + @var42 + ';');
    EXEC(N'UPDATE [TariffChanges] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [TariffChanges] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [TariffChanges] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var43 nvarchar(max);
    SELECT @var43 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[TariffBandShares]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var43 IS NOT NULL EXEC(N'ALTER TABLE [TariffBandShares] DROP CONSTRAINT ' + @var43 + ';');
    EXEC(N'UPDATE [TariffBandShares] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [TariffBandShares] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [TariffBandShares] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var44 nvarchar(max);
    SELECT @var44 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SurveyRespondents]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var44 IS NOT NULL EXEC(N'ALTER TABLE [SurveyRespondents] DROP CONSTRAINT ' + @var44 + ';');
    EXEC(N'UPDATE [SurveyRespondents] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [SurveyRespondents] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [SurveyRespondents] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var45 nvarchar(max);
    SELECT @var45 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SeriesObservations]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var45 IS NOT NULL EXEC(N'ALTER TABLE [SeriesObservations] DROP CONSTRAINT ' + @var45 + ';');
    EXEC(N'UPDATE [SeriesObservations] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [SeriesObservations] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [SeriesObservations] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var46 nvarchar(max);
    SELECT @var46 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Series]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var46 IS NOT NULL EXEC(N'ALTER TABLE [Series] DROP CONSTRAINT ' + @var46 + ';');
    EXEC(N'UPDATE [Series] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [Series] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [Series] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var47 nvarchar(max);
    SELECT @var47 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SectorProtection]') AND [c].[name] = N'SectorFootnoteMarkers');
    IF @var47 IS NOT NULL EXEC(N'ALTER TABLE [SectorProtection] DROP CONSTRAINT ' + @var47 + ';');
    EXEC(N'UPDATE [SectorProtection] SET [SectorFootnoteMarkers] = N''[]'' WHERE [SectorFootnoteMarkers] IS NULL');
    ALTER TABLE [SectorProtection] ALTER COLUMN [SectorFootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [SectorProtection] ADD DEFAULT N'[]' FOR [SectorFootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var48 nvarchar(max);
    SELECT @var48 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SectorProtection]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var48 IS NOT NULL EXEC(N'ALTER TABLE [SectorProtection] DROP CONSTRAINT ' + @var48 + ';');
    EXEC(N'UPDATE [SectorProtection] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [SectorProtection] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [SectorProtection] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var49 nvarchar(max);
    SELECT @var49 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SectorGroups]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var49 IS NOT NULL EXEC(N'ALTER TABLE [SectorGroups] DROP CONSTRAINT ' + @var49 + ';');
    EXEC(N'UPDATE [SectorGroups] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [SectorGroups] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [SectorGroups] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var50 nvarchar(max);
    SELECT @var50 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[QuotedFigures]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var50 IS NOT NULL EXEC(N'ALTER TABLE [QuotedFigures] DROP CONSTRAINT ' + @var50 + ';');
    EXEC(N'UPDATE [QuotedFigures] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [QuotedFigures] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [QuotedFigures] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var51 nvarchar(max);
    SELECT @var51 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ptas]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var51 IS NOT NULL EXEC(N'ALTER TABLE [Ptas] DROP CONSTRAINT ' + @var51 + ';');
    EXEC(N'UPDATE [Ptas] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [Ptas] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [Ptas] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var52 nvarchar(max);
    SELECT @var52 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PtaEvents]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var52 IS NOT NULL EXEC(N'ALTER TABLE [PtaEvents] DROP CONSTRAINT ' + @var52 + ';');
    EXEC(N'UPDATE [PtaEvents] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [PtaEvents] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [PtaEvents] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var53 nvarchar(max);
    SELECT @var53 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ProtectionGrowthCorrelations]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var53 IS NOT NULL EXEC(N'ALTER TABLE [ProtectionGrowthCorrelations] DROP CONSTRAINT ' + @var53 + ';');
    EXEC(N'UPDATE [ProtectionGrowthCorrelations] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [ProtectionGrowthCorrelations] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [ProtectionGrowthCorrelations] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var54 nvarchar(max);
    SELECT @var54 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PriceBandProducts]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var54 IS NOT NULL EXEC(N'ALTER TABLE [PriceBandProducts] DROP CONSTRAINT ' + @var54 + ';');
    EXEC(N'UPDATE [PriceBandProducts] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [PriceBandProducts] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [PriceBandProducts] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var55 nvarchar(max);
    SELECT @var55 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[PreferenceSchemes]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var55 IS NOT NULL EXEC(N'ALTER TABLE [PreferenceSchemes] DROP CONSTRAINT ' + @var55 + ';');
    EXEC(N'UPDATE [PreferenceSchemes] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [PreferenceSchemes] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [PreferenceSchemes] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var56 nvarchar(max);
    SELECT @var56 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[NtbTypes]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var56 IS NOT NULL EXEC(N'ALTER TABLE [NtbTypes] DROP CONSTRAINT ' + @var56 + ';');
    EXEC(N'UPDATE [NtbTypes] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [NtbTypes] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [NtbTypes] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var57 nvarchar(max);
    SELECT @var57 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[NtbCountries]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var57 IS NOT NULL EXEC(N'ALTER TABLE [NtbCountries] DROP CONSTRAINT ' + @var57 + ';');
    EXEC(N'UPDATE [NtbCountries] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [NtbCountries] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [NtbCountries] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var58 nvarchar(max);
    SELECT @var58 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[LegalEvents]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var58 IS NOT NULL EXEC(N'ALTER TABLE [LegalEvents] DROP CONSTRAINT ' + @var58 + ';');
    EXEC(N'UPDATE [LegalEvents] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [LegalEvents] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [LegalEvents] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var59 nvarchar(max);
    SELECT @var59 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Institutions]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var59 IS NOT NULL EXEC(N'ALTER TABLE [Institutions] DROP CONSTRAINT ' + @var59 + ';');
    EXEC(N'UPDATE [Institutions] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [Institutions] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [Institutions] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var60 nvarchar(max);
    SELECT @var60 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionMinistries]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var60 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionMinistries] DROP CONSTRAINT ' + @var60 + ';');
    EXEC(N'UPDATE [InstitutionMinistries] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [InstitutionMinistries] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [InstitutionMinistries] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var61 nvarchar(max);
    SELECT @var61 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionLinks]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var61 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionLinks] DROP CONSTRAINT ' + @var61 + ';');
    EXEC(N'UPDATE [InstitutionLinks] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [InstitutionLinks] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [InstitutionLinks] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var62 nvarchar(max);
    SELECT @var62 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionFigures]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var62 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionFigures] DROP CONSTRAINT ' + @var62 + ';');
    EXEC(N'UPDATE [InstitutionFigures] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [InstitutionFigures] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [InstitutionFigures] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var63 nvarchar(max);
    SELECT @var63 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[InstitutionFailures]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var63 IS NOT NULL EXEC(N'ALTER TABLE [InstitutionFailures] DROP CONSTRAINT ' + @var63 + ';');
    EXEC(N'UPDATE [InstitutionFailures] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [InstitutionFailures] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [InstitutionFailures] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var64 nvarchar(max);
    SELECT @var64 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IncentiveTradeValues]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var64 IS NOT NULL EXEC(N'ALTER TABLE [IncentiveTradeValues] DROP CONSTRAINT ' + @var64 + ';');
    EXEC(N'UPDATE [IncentiveTradeValues] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [IncentiveTradeValues] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [IncentiveTradeValues] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var65 nvarchar(max);
    SELECT @var65 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IncentiveRules]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var65 IS NOT NULL EXEC(N'ALTER TABLE [IncentiveRules] DROP CONSTRAINT ' + @var65 + ';');
    EXEC(N'UPDATE [IncentiveRules] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [IncentiveRules] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [IncentiveRules] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var66 nvarchar(max);
    SELECT @var66 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[FreeZones]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var66 IS NOT NULL EXEC(N'ALTER TABLE [FreeZones] DROP CONSTRAINT ' + @var66 + ';');
    EXEC(N'UPDATE [FreeZones] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [FreeZones] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [FreeZones] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var67 nvarchar(max);
    SELECT @var67 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[FdiValues]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var67 IS NOT NULL EXEC(N'ALTER TABLE [FdiValues] DROP CONSTRAINT ' + @var67 + ';');
    EXEC(N'UPDATE [FdiValues] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [FdiValues] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [FdiValues] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var68 nvarchar(max);
    SELECT @var68 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[EconomicFailures]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var68 IS NOT NULL EXEC(N'ALTER TABLE [EconomicFailures] DROP CONSTRAINT ' + @var68 + ';');
    EXEC(N'UPDATE [EconomicFailures] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [EconomicFailures] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [EconomicFailures] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var69 nvarchar(max);
    SELECT @var69 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Clusters]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var69 IS NOT NULL EXEC(N'ALTER TABLE [Clusters] DROP CONSTRAINT ' + @var69 + ';');
    EXEC(N'UPDATE [Clusters] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [Clusters] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [Clusters] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var70 nvarchar(max);
    SELECT @var70 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ClusterPrograms]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var70 IS NOT NULL EXEC(N'ALTER TABLE [ClusterPrograms] DROP CONSTRAINT ' + @var70 + ';');
    EXEC(N'UPDATE [ClusterPrograms] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [ClusterPrograms] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [ClusterPrograms] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var71 nvarchar(max);
    SELECT @var71 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ClusterProgramGoals]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var71 IS NOT NULL EXEC(N'ALTER TABLE [ClusterProgramGoals] DROP CONSTRAINT ' + @var71 + ';');
    EXEC(N'UPDATE [ClusterProgramGoals] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [ClusterProgramGoals] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [ClusterProgramGoals] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var72 nvarchar(max);
    SELECT @var72 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ClusterProgramFigures]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var72 IS NOT NULL EXEC(N'ALTER TABLE [ClusterProgramFigures] DROP CONSTRAINT ' + @var72 + ';');
    EXEC(N'UPDATE [ClusterProgramFigures] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [ClusterProgramFigures] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [ClusterProgramFigures] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var73 nvarchar(max);
    SELECT @var73 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[BeneficiaryFirms]') AND [c].[name] = N'Provenance_FootnoteMarkers');
    IF @var73 IS NOT NULL EXEC(N'ALTER TABLE [BeneficiaryFirms] DROP CONSTRAINT ' + @var73 + ';');
    EXEC(N'UPDATE [BeneficiaryFirms] SET [Provenance_FootnoteMarkers] = N''[]'' WHERE [Provenance_FootnoteMarkers] IS NULL');
    ALTER TABLE [BeneficiaryFirms] ALTER COLUMN [Provenance_FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [BeneficiaryFirms] ADD DEFAULT N'[]' FOR [Provenance_FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    DECLARE @var74 nvarchar(max);
    SELECT @var74 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Administrations]') AND [c].[name] = N'FootnoteMarkers');
    IF @var74 IS NOT NULL EXEC(N'ALTER TABLE [Administrations] DROP CONSTRAINT ' + @var74 + ';');
    EXEC(N'UPDATE [Administrations] SET [FootnoteMarkers] = N''[]'' WHERE [FootnoteMarkers] IS NULL');
    ALTER TABLE [Administrations] ALTER COLUMN [FootnoteMarkers] nvarchar(max) NOT NULL;
    ALTER TABLE [Administrations] ADD DEFAULT N'[]' FOR [FootnoteMarkers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204183834_FootnoteMarkersAsLists'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204183834_FootnoteMarkersAsLists', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204185315_ClosedVocabulariesOfAgreementsAndRegimes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204185315_ClosedVocabulariesOfAgreementsAndRegimes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    DROP INDEX [IX_LegalEvents_AdministrationId] ON [LegalEvents];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    ALTER TABLE [LegalEvents] ADD [DateKey] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    EXEC(N'UPDATE [LegalEvents] SET [DateKey] = COALESCE([Year], 9999) * 10000 + COALESCE([Month], 0) * 100 + COALESCE([Day], 0)');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    CREATE INDEX [IX_LegalEvents_AdministrationId_DateKey_Id_IsPublishedReading] ON [LegalEvents] ([AdministrationId], [DateKey], [Id], [IsPublishedReading]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    CREATE INDEX [IX_LegalEvents_DateKey_Id_IsPublishedReading] ON [LegalEvents] ([DateKey], [Id], [IsPublishedReading]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    CREATE INDEX [IX_LegalEvents_EventType_DateKey_Id_IsPublishedReading] ON [LegalEvents] ([EventType], [DateKey], [Id], [IsPublishedReading]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    CREATE INDEX [IX_SeriesObservations_Period_StartYear_Id] ON [SeriesObservations] ([Period_StartYear], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    CREATE INDEX [IX_SeriesObservations_Provenance_SourceId_Id] ON [SeriesObservations] ([Provenance_SourceId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    CREATE INDEX [IX_SeriesObservations_Provenance_SourceId_Period_StartYear_Id] ON [SeriesObservations] ([Provenance_SourceId], [Period_StartYear], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205073537_KeysetPagingIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205073537_KeysetPagingIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205190942_FootnotedPeriods'
)
BEGIN
    DECLARE @var75 nvarchar(max);
    SELECT @var75 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[SectorProtection]') AND [c].[name] = N'SearchText');
    IF @var75 IS NOT NULL EXEC(N'ALTER TABLE [SectorProtection] DROP CONSTRAINT ' + @var75 + ';');
    ALTER TABLE [SectorProtection] DROP COLUMN [SearchText];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205190942_FootnotedPeriods'
)
BEGIN
    ALTER TABLE [SectorProtection] ADD [PeriodAsPrinted] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205190942_FootnotedPeriods'
)
BEGIN
    ALTER TABLE [InstitutionFigures] ADD [PeriodAsPrinted] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205190942_FootnotedPeriods'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205190942_FootnotedPeriods', N'10.0.15');
END;

COMMIT;
GO

