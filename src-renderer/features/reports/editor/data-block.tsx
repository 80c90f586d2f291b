import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataBlockAttrsSchema, type DataBlockAttrs, type DataBlockSource } from '../../../../src-main/core/contract/index.js';
import { useFormatter } from '../../../lib/use-formatter';
import { jsonAttribute, readJsonAttrs } from './json-attrs';

/** Holds the block's attributes as JSON when it is copied, so pasting it back restores it exactly. */
export const DATA_BLOCK_HTML_ATTRIBUTE = 'data-report-data-block';

export interface DataBlockEnvironment {
  readOnly: boolean;
  /** Takes a fresh snapshot of the table from the record. */
  refresh: (source: DataBlockSource) => Promise<DataBlockAttrs>;
}

/**
 * Node views are rendered through portals inside the editor, so they see React context: this is
 * how they learn whether the report is read-only and how to refresh, without recreating the editor.
 */
export const DataBlockContext = createContext<DataBlockEnvironment>({
  readOnly: true,
  refresh: () => Promise.reject(new Error('No DataBlockContext provider around the report editor.')),
});

type RefreshState = 'idle' | 'busy' | 'failed';

function DataBlockView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation('reportEditor');
  const format = useFormatter();
  const { readOnly, refresh } = useContext(DataBlockContext);
  const [refreshState, setRefreshState] = useState<RefreshState>('idle');
  // The schema below gives every attribute, so the node's attrs always have this shape.
  const attrs = node.attrs as DataBlockAttrs;
  const sourceName = t(`source.${attrs.source}`);
  const refreshedAt = Number.isNaN(Date.parse(attrs.refreshedAt)) ? null : attrs.refreshedAt;

  const onRefresh = async () => {
    setRefreshState('busy');
    try {
      const fresh = await refresh(attrs.source);
      updateAttributes(fresh);
      setRefreshState('idle');
    } catch {
      setRefreshState('failed');
    }
  };

  return (
    <NodeViewWrapper className="report-block report-data-block" role="group" aria-label={t('dataBlock.label', { source: sourceName })}>
      <div className="report-data-block__head">
        <p className="report-data-block__caption">{attrs.caption}</p>
        <button
          type="button"
          className="button button--small report-data-block__refresh"
          aria-label={t('dataBlock.refreshLabel', { source: sourceName })}
          disabled={readOnly || refreshState === 'busy'}
          onClick={() => void onRefresh()}
        >
          {refreshState === 'busy' ? t('dataBlock.refreshing') : t('dataBlock.refresh')}
        </button>
      </div>
      <table className="report-data-block__table">
        <thead>
          <tr>
            {attrs.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {attrs.rows.length > 0 && (
          <tbody>
            {attrs.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        )}
      </table>
      {attrs.rows.length === 0 && <p className="report-data-block__empty">{attrs.emptyText || t('dataBlock.empty')}</p>}
      {refreshedAt && (
        <p className="report-block__note">{t('dataBlock.refreshedAt', { date: format.date(refreshedAt), time: format.time(refreshedAt) })}</p>
      )}
      {refreshState === 'failed' && (
        <p className="report-block__error" role="alert">
          {t('dataBlock.refreshFailed')}
        </p>
      )}
    </NodeViewWrapper>
  );
}

const readDataBlockAttrs = (element: HTMLElement) => readJsonAttrs(element, DATA_BLOCK_HTML_ATTRIBUTE, dataBlockAttrsSchema);
const attribute = <K extends keyof DataBlockAttrs>(name: K, fallback: DataBlockAttrs[K]) => jsonAttribute(readDataBlockAttrs, name, fallback);

/** Outside the editor (for example pasted into a word processor) the block reads as a captioned table. */
function dataBlockHtml(attrs: DataBlockAttrs): DOMOutputSpec {
  const headRow: DOMOutputSpec = ['tr', ...attrs.columns.map((column): DOMOutputSpec => ['th', column])];
  const bodyRows = attrs.rows.map((row): DOMOutputSpec => ['tr', ...row.map((cell): DOMOutputSpec => ['td', cell])]);
  return [
    'div',
    { [DATA_BLOCK_HTML_ATTRIBUTE]: JSON.stringify(attrs) },
    ['p', attrs.caption],
    ['table', ['thead', headRow], ['tbody', ...bodyRows]],
    ...(attrs.rows.length === 0 && attrs.emptyText ? [['p', attrs.emptyText] as DOMOutputSpec] : []),
  ];
}

/** A snapshot of a table from the record (attendance, comments, members), refreshed on request. */
export const DataBlock = Node.create({
  name: 'dataBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      source: attribute('source', 'attendanceByCategory'),
      caption: attribute('caption', ''),
      columns: attribute('columns', []),
      rows: attribute('rows', []),
      emptyText: attribute('emptyText', ''),
      refreshedAt: attribute('refreshedAt', ''),
    };
  },

  parseHTML() {
    return [{ tag: `div[${DATA_BLOCK_HTML_ATTRIBUTE}]`, getAttrs: (element) => (readDataBlockAttrs(element) ? null : false) }];
  },

  renderHTML({ node }) {
    return dataBlockHtml(node.attrs as DataBlockAttrs);
  },

  addNodeView() {
    return ReactNodeViewRenderer(DataBlockView);
  },
});
