import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/useI18n';
import { definitionsApi } from './api/definitionsApi';
import type { DefinitionSummary } from './api/definitionTypes';
import { useDesignerText } from './i18n/designerText';

/** Every definition the server knows (published or only drafted); open one, or start a new one. */
export function DefinitionList() {
  const t = useDesignerText();
  const { pick } = useI18n();
  const navigate = useNavigate();
  const [list, setList] = useState<DefinitionSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ id: string; name: string }>();

  useEffect(() => {
    definitionsApi.list().then(setList, (error: Error) => setFailure(error.message));
  }, []);

  const shown = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (list ?? []).filter((d) => !s || d.id.includes(s) || (d.name ?? '').includes(s) || (d.nameEn ?? '').toLowerCase().includes(s));
  }, [list, search]);

  const create = async () => {
    const { id, name } = await form.validateFields();
    setCreating(false);
    navigate(id, { state: { newName: name } });
  };

  return (
    <div className="om-list">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('list.title')}</Typography.Title>
        <Space>
          <Input.Search placeholder={t('list.search')} allowClear onChange={(e) => setSearch(e.target.value)} style={{ width: 220 }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('list.new')}</Button>
        </Space>
      </Space>
      {failure && <Alert type="error" showIcon message={t('load.failed', { message: failure })} />}
      <Table<DefinitionSummary>
        rowKey="id"
        loading={list === null && !failure}
        dataSource={shown}
        pagination={false}
        size="middle"
        onRow={(d) => ({ onClick: () => navigate(d.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('list.id'), dataIndex: 'id', render: (id: string) => <code>{id}</code> },
          { title: t('list.name'), render: (_, d) => (d.name ? pick(d.name, d.nameEn) : '—') },
          { title: t('list.family'), dataIndex: 'family', render: (f?: string) => (f ? t(`matter.family.${f}` as 'matter.family.approval') : '—') },
          { title: t('list.version'), dataIndex: 'latestVersion', render: (v?: number) => (v ? `v${v}` : '—') },
          {
            title: t('list.state'),
            render: (_, d) => (
              <Space size={4}>
                {d.latestVersion != null && <Tag color="blue">{t('list.published')}</Tag>}
                {d.hasDraft && <Tag color="gold">{t('list.draft')}</Tag>}
                {d.retired && <Tag color="red">{t('list.retired')}</Tag>}
              </Space>
            ),
          },
          { title: '', render: (_, d) => <Button size="small" onClick={() => navigate(d.id)}>{t('list.open')}</Button> },
        ]}
      />
      <Modal open={creating} title={t('list.new')} onCancel={() => setCreating(false)} onOk={() => void create()} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="id" label={t('list.newId')} rules={[{ required: true, pattern: /^[a-z][a-z0-9_-]*$/ }]}>
            <Input placeholder="my-matter" />
          </Form.Item>
          <Form.Item name="name" label={t('list.newName')} rules={[{ required: true }]}>
            <Input placeholder="开办民宿" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
