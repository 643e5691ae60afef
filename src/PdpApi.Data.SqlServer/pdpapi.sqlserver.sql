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

