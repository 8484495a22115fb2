import { LabelWithLao as LabelWithLao_9f41cfbbe182fa278c32f7ffe8cb968e } from '../../../components/admin/LaoOriginal'
import { Workflow as Workflow_9983a05a05bb2557c9428eda7e43b563 } from '../../../components/admin/Workflow'
import { ReviewOrPublishButton as ReviewOrPublishButton_dbe75b8ddd81a9b7b1beb6f0c8396185 } from '../../../components/admin/ReviewOrPublishButton'
import { ReviewStatus as ReviewStatus_63fe39f08fa2b1ce3a37609678449105 } from '../../../components/admin/ReviewStatus'
import { ArtworkCheck as ArtworkCheck_5f1932d7047f8b779f63ce198a7dcdbd } from '../../../components/admin/ArtworkCheck'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { EmbedCode as EmbedCode_8eb27d15048b6a535fe61917924fc109 } from '../../../components/admin/EmbedCode'
import { MediaPreview as MediaPreview_d3a67aa5c8e4d12e8be9d8cff2dd9a45 } from '../../../components/admin/MediaPreview'
import { AltLabel as AltLabel_8056f8b63bab31028a8f33025dfcf4b1 } from '../../../components/admin/AltLabel'
import { RenditionStatus as RenditionStatus_afcb6ed0d5d9c913a7f8554ed8c7ae99 } from '../../../components/admin/RenditionStatus'
import { LargeUploadLink as LargeUploadLink_54c4bac8adc795eb0e38929846a75bba } from '../../../components/admin/LargeUploadLink'
import { ResumableUpload as ResumableUpload_e11cddd64a06b2ff5d82cde39ab54c62 } from '../../../components/admin/ResumableUpload'
import { BroadcastImportLink as BroadcastImportLink_5889b52db955c6d2ce7ce93c9affd3fa } from '../../../components/admin/BroadcastImportLink'
import { SiangIcon as SiangIcon_81fda60f3e3709e861f40982a767707d } from '../../../components/admin/Brand'
import { SiangLogo as SiangLogo_81fda60f3e3709e861f40982a767707d } from '../../../components/admin/Brand'
import { EditorialDashboard as EditorialDashboard_16b88e9b8c48e393fa86591406efd08f } from '../../../components/admin/Dashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { SocialCalendar as SocialCalendar_b2d33e6aa0d55cd12c160e931c1974ff } from '../../../components/admin/SocialCalendar'
import { ReachView as ReachView_00874e7614fdc7d53f677423215c32eb } from '../../../reach/admin/ReachView'
import { ReachReport as ReachReport_724454c70e9aaa2619963f2e50d0cbdb } from '../../../reach/admin/ReachReport'
import { LargeUpload as LargeUpload_dbb6b896e3b9a4fa91278f822d5aa21b } from '../../../components/admin/LargeUpload'
import { BroadcastImport as BroadcastImport_2fb36841aa8ae20f58fb7b4f5dc457d2 } from '../../../components/admin/BroadcastImport'
import { CollectionCards as CollectionCards_1a51f0564110af9c97e9fe7933f8f727 } from '../../../components/admin/CollectionCards'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/LaoOriginal#LabelWithLao": LabelWithLao_9f41cfbbe182fa278c32f7ffe8cb968e,
  "/components/admin/Workflow#Workflow": Workflow_9983a05a05bb2557c9428eda7e43b563,
  "/components/admin/ReviewOrPublishButton#ReviewOrPublishButton": ReviewOrPublishButton_dbe75b8ddd81a9b7b1beb6f0c8396185,
  "/components/admin/ReviewStatus#ReviewStatus": ReviewStatus_63fe39f08fa2b1ce3a37609678449105,
  "/components/admin/ArtworkCheck#ArtworkCheck": ArtworkCheck_5f1932d7047f8b779f63ce198a7dcdbd,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/EmbedCode#EmbedCode": EmbedCode_8eb27d15048b6a535fe61917924fc109,
  "/components/admin/MediaPreview#MediaPreview": MediaPreview_d3a67aa5c8e4d12e8be9d8cff2dd9a45,
  "/components/admin/AltLabel#AltLabel": AltLabel_8056f8b63bab31028a8f33025dfcf4b1,
  "/components/admin/RenditionStatus#RenditionStatus": RenditionStatus_afcb6ed0d5d9c913a7f8554ed8c7ae99,
  "/components/admin/LargeUploadLink#LargeUploadLink": LargeUploadLink_54c4bac8adc795eb0e38929846a75bba,
  "/components/admin/ResumableUpload#ResumableUpload": ResumableUpload_e11cddd64a06b2ff5d82cde39ab54c62,
  "/components/admin/BroadcastImportLink#BroadcastImportLink": BroadcastImportLink_5889b52db955c6d2ce7ce93c9affd3fa,
  "/components/admin/Brand#SiangIcon": SiangIcon_81fda60f3e3709e861f40982a767707d,
  "/components/admin/Brand#SiangLogo": SiangLogo_81fda60f3e3709e861f40982a767707d,
  "/components/admin/Dashboard#EditorialDashboard": EditorialDashboard_16b88e9b8c48e393fa86591406efd08f,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/SocialCalendar#SocialCalendar": SocialCalendar_b2d33e6aa0d55cd12c160e931c1974ff,
  "/reach/admin/ReachView#ReachView": ReachView_00874e7614fdc7d53f677423215c32eb,
  "/reach/admin/ReachReport#ReachReport": ReachReport_724454c70e9aaa2619963f2e50d0cbdb,
  "/components/admin/LargeUpload#LargeUpload": LargeUpload_dbb6b896e3b9a4fa91278f822d5aa21b,
  "/components/admin/BroadcastImport#BroadcastImport": BroadcastImport_2fb36841aa8ae20f58fb7b4f5dc457d2,
  "/components/admin/CollectionCards#CollectionCards": CollectionCards_1a51f0564110af9c97e9fe7933f8f727
}
